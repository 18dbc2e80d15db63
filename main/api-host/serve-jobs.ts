import { parentPort } from 'node:worker_threads';
import { refusalReply, type JobReply, type JobRequest } from './job-protocol';

/** A job worker's side: each job in turn through `work`; `transfer` names the buffers moved rather than copied. */
export function serveJobs<Job, Result>(
  work: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => ArrayBuffer[] = () => [],
): void {
  parentPort?.on('message', async ({ id, job }: JobRequest<Job>) => {
    let reply: JobReply<Result>;
    try {
      reply = { id, op: 'done', value: await work(job) };
    } catch (error) {
      reply = refusalReply(id, error);
    }
    parentPort?.postMessage(reply, reply.op === 'done' ? transfer(reply.value) : []);
  });
}
