import type { ApiError } from '../../../shared/errors';

/**
 * A check a desk makes itself before calling main (an unreadable number, nothing ticked), shaped like main's own
 * refusals so that the same red banner and the same field highlighting show it.
 */
export function localProblem(message: string, field?: string): ApiError {
  return field === undefined ? { code: 'invalid_input', message } : { code: 'invalid_input', message, field };
}
