import type { Worker } from 'node:worker_threads';
import type { RenderDocument, RenderJob } from '../documents/render-job';
import { DomainError } from '../errors';
import { PendingReplies } from './pending';
import type { RenderReply } from './render-protocol';
import { startWorker } from './spawn';

type Answer = RenderReply | { id: number; op: 'gone'; reason: string };

/**
 * A render pool of one: documents are drawn one after another in a worker thread of their own, so a
 * 2 000-label sheet never holds up the thread answering other calls. A worker that dies fails the drawings it
 * held (an internal error, nothing issued) and the next drawing starts a new one.
 */
export class RenderPool {
  private worker: Worker | null = null;
  private pending = this.freshPending();

  private freshPending(): PendingReplies<Answer> {
    return new PendingReplies<Answer>((reason, id) => ({ id, op: 'gone', reason }));
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(import.meta.url, 'render-worker', null);
    const pending = this.pending;
    worker.on('message', (reply: RenderReply) => pending.settle(reply.id, reply));
    worker.on('error', (error) => pending.stop(error.message));
    worker.on('exit', (code) => {
      pending.stop(`render worker exited with code ${code}`);
      if (this.worker === worker) {
        this.worker = null;
        this.pending = this.freshPending();
      }
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  readonly render: RenderDocument = async (job: RenderJob) => {
    const worker = this.running();
    const answer = await this.pending.send((id) => worker.postMessage({ id, job }));
    switch (answer.op) {
      case 'rendered':
        return Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength);
      case 'refused':
        throw new DomainError(answer.code, answer.params, answer.field);
      case 'failed':
        throw new Error(`rendering ${job.reference} failed: ${answer.message}`);
      case 'gone':
        throw new Error(`rendering ${job.reference} failed: ${answer.reason}`);
    }
  };

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
