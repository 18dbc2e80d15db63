import type { ApiError } from '../../shared/errors';
import type { T } from '../i18n/useT';

/**
 * Whether an API error names this form field. `field` is the dotted path of the input that failed, e.g. `pin`,
 * `changes.location` or `devices.3.serial`; a field matches its own path and anything below it.
 */
export function isFieldInError(error: ApiError | null | undefined, path: string): boolean {
  const field = error?.field;
  if (!field) return false;
  return field === path || field.startsWith(`${path}.`);
}

/**
 * A check a screen makes itself before calling main (an unreadable number, nothing ticked), shaped like main's own
 * refusals so that the same red banner and the same field highlighting show it.
 */
export function localProblem(message: string, field?: string): ApiError {
  return field === undefined ? { code: 'invalid_input', message } : { code: 'invalid_input', message, field };
}

/**
 * The first required field left blank, as an error shaped like main's, so that forms can say so in the
 * catalogue's words before calling. `fields` maps each path to its value and its visible label.
 */
export function blankFieldError(
  t: T,
  fields: readonly { path: string; value: string; label: string }[],
): ApiError | null {
  const blank = fields.find((field) => field.value.trim() === '');
  if (!blank) return null;
  return localProblem(t('ui.required', { field: blank.label }), blank.path);
}
