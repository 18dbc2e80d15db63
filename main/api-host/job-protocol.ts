import type { ErrorCode, Params } from '../../shared/errors';
import { DomainError } from '../errors';

/** One job for a job worker (./job-worker.ts), and its one reply. */
export interface JobRequest<Job> {
  id: number;
  job: Job;
}

/** The result, or the refusal the work threw (a DomainError crosses as its code), or an unexpected failure. */
export type JobReply<Result> =
  | { id: number; op: 'done'; value: Result }
  | { id: number; op: 'refused'; code: ErrorCode; params: Params; field?: string; refusals?: DomainError['refusals'] }
  | { id: number; op: 'failed'; message: string };

export function refusalReply(id: number, error: unknown): JobReply<never> {
  if (error instanceof DomainError) {
    return {
      id,
      op: 'refused',
      code: error.code,
      params: error.params,
      ...(error.field ? { field: error.field } : {}),
      ...(error.refusals ? { refusals: error.refusals } : {}),
    };
  }
  return { id, op: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The refusal as the DomainError it was, so the gate translates it as if the work had run in its own thread. */
export function refusalError(reply: Extract<JobReply<unknown>, { op: 'refused' }>): DomainError {
  return new DomainError(reply.code, reply.params, reply.field, reply.refusals);
}
