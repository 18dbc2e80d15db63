import type { Worker } from 'node:worker_threads';
import { PendingReplies } from './pending';
import { refusalError, type JobReply } from './job-protocol';
import { startWorker } from './spawn';

type Answer<Result> = JobReply<Result> | { id: number; op: 'gone'; reason: string };

/**
 * A worker thread of one kind of long work (drawing documents, bulk intake), started on first use, doing its jobs
 * one after another so they never hold up the thread answering other calls. A worker that dies fails the jobs
 * it held (an internal error, nothing done) and the next job starts a new one.
 */
export class JobWorker<Job, Result> {
  private worker: Worker | null = null;
  private pending = JobWorker.freshPending<Result>();

  constructor(
    private readonly entry: string,
    private readonly workerData: unknown = null,
  ) {}

  private static freshPending<Result>(): PendingReplies<Answer<Result>> {
    return new PendingReplies<Answer<Result>>((reason, id) => ({ id, op: 'gone', reason }));
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(import.meta.url, this.entry, this.workerData);
    const pending = this.pending;
    worker.on('message', (reply: JobReply<Result>) => pending.settle(reply.id, reply));
    worker.on('error', (error) => pending.stop(error.message));
    worker.on('exit', (code) => {
      pending.stop(`${this.entry} exited with code ${code}`);
      if (this.worker === worker) {
        this.worker = null;
        this.pending = JobWorker.freshPending<Result>();
      }
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Runs `job`; the buffers in `transfer` are moved to the worker rather than copied. */
  async run(job: Job, transfer: ArrayBuffer[] = []): Promise<Result> {
    const worker = this.running();
    const answer = await this.pending.send((id) => worker.postMessage({ id, job }, transfer));
    switch (answer.op) {
      case 'done':
        return answer.value;
      case 'refused':
        throw refusalError(answer);
      case 'failed':
        throw new Error(`${this.entry} failed: ${answer.message}`);
      case 'gone':
        throw new Error(`${this.entry} stopped: ${answer.reason}`);
    }
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
