import type { z } from 'zod';
import type { OperatorRole } from '../domain/values';

/**
 * One API method: the schema its input must pass at the boundary, who may call it, and (as a type only) what it
 * returns. `signedIn: false` marks the few calls made before anyone has chosen who is working.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  roles: readonly OperatorRole[] | 'any';
  signedIn: boolean;
  /** Phantom field carrying the result type; never set at runtime. */
  readonly result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(def: {
    input: I;
    roles?: readonly OperatorRole[];
    signedIn?: boolean;
  }): MethodDef<I, R> => ({ input: def.input, roles: def.roles ?? 'any', signedIn: def.signedIn ?? true });
}

export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type ResultOf<M> = M extends MethodDef<z.ZodType, infer R> ? R : never;
