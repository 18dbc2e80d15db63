import { randomBytes } from 'node:crypto';
import type { Log } from './log';

/** What an unexpected error is reported with: the reference shown to the user, where it happened, the error. */
export type InternalErrorReport = (ref: string, where: string, error: unknown) => void;

/** A short reference such as `ERR-7F3A2C`, shown with an internal error and found beside its stack in the log. */
export function errorReference(): string {
  return `ERR-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** Reports internal errors to the log: the reference, the method or command, and the error with its stack. */
export function logInternalErrors(log: Log): InternalErrorReport {
  return (ref, where, error) => {
    log.error(
      { event: 'internal_error', ref, where, err: error instanceof Error ? error : new Error(String(error)) },
      'internal error',
    );
  };
}

/** Without a log: one line on standard error, as before there was a log. */
export const reportToStderr: InternalErrorReport = (ref, where, error) => {
  console.error(
    `Rebond internal error ${ref} in ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
};
