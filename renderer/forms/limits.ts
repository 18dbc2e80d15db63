import type { FieldLimit } from '../../shared/contract/meta';
import { FIELD_LIMITS } from '../generated/contract-meta';

type Limits = typeof FIELD_LIMITS;
export type LimitedMethod = keyof Limits;
/** The dotted input paths of a method that have a limit, e.g. `name` of `sites.create`. */
export type LimitedPath<M extends LimitedMethod> = keyof Limits[M] & string;

/** What the contract says of one input field (maximum length, required…), generated from its zod schema. */
export function limitOf<M extends LimitedMethod>(method: M, path: LimitedPath<M>): FieldLimit {
  return (FIELD_LIMITS[method] as Record<string, FieldLimit>)[path] ?? {};
}

/**
 * The `maxLength` attribute of the input typing this field: a text's maximum length, or the digits of a whole
 * number's maximum (`3650` days → 4), both from the contract.
 */
export function maxLengthOf<M extends LimitedMethod>(method: M, path: LimitedPath<M>): number | undefined {
  return lengthOf(limitOf(method, path));
}

function lengthOf(limit: FieldLimit): number | undefined {
  if (limit.maxLength !== undefined) return limit.maxLength;
  return limit.maximum === undefined ? undefined : String(Math.trunc(limit.maximum)).length;
}

/** `limitOf` for a path known only as a string (a form's value names): unknown paths have no limit. */
export function limitAt(method: LimitedMethod, path: string): FieldLimit {
  return (FIELD_LIMITS[method] as Record<string, FieldLimit>)[path] ?? {};
}

export function maxLengthAt(method: LimitedMethod, path: string): number | undefined {
  return lengthOf(limitAt(method, path));
}
