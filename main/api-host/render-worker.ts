/** The render worker's entry: draws documents from plain data, away from the thread that answers API calls. */
import { parentPort } from 'node:worker_threads';
import { renderJob } from '../documents/render-job';
import { DomainError } from '../errors';
import type { RenderReply, RenderRequest } from './render-protocol';

function draw({ id, job }: RenderRequest): RenderReply {
  try {
    const pdf = renderJob(job);
    // A copy of its own, so transferring it never detaches a buffer Node shares between small allocations.
    return { id, op: 'rendered', pdf: new Uint8Array(pdf) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { id, op: 'refused', code: error.code, params: error.params, ...(error.field ? { field: error.field } : {}) };
    }
    return { id, op: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (request: RenderRequest) => {
  const reply = draw(request);
  parentPort?.postMessage(reply, reply.op === 'rendered' ? [reply.pdf.buffer as ArrayBuffer] : []);
});
