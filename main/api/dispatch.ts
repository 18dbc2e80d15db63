import { contract, isMethodName, type MethodName } from '../../shared/contract';
import type { MethodDef, ParsedOf, ResultOf } from '../../shared/contract/define';
import type { ApiResult } from '../../shared/errors';
import { DEFAULT_LANG, type Lang } from '../../shared/i18n';
import { DomainError } from '../errors';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { actorFor } from '../services/people';
import type { Actor } from '../services/unit-of-work';
import type { Store } from '../store/store';
import { apiError, invalidInput, zodErrorMap } from './localise';

/** What one transport connection remembers between calls: who is working and in which language. */
export interface ApiSession {
  operatorId: number | null;
  lang: Lang;
}

export function newSession(lang: Lang = DEFAULT_LANG): ApiSession {
  return { operatorId: null, lang };
}

export interface HandlerContext {
  store: Store;
  session: ApiSession;
  /** The signed-in operator; only methods declared `signedIn: false` may have none. */
  actor: Actor;
}

export type Handler<M extends MethodDef> = (input: ParsedOf<M>, context: HandlerContext) => ResultOf<M>;
export type HandlersFor<C extends Record<string, MethodDef>> = { [K in keyof C]: Handler<C[K]> };
export type Handlers = HandlersFor<typeof contract>;

export interface Api {
  call(method: string, input: unknown, session: ApiSession): ApiResult<unknown>;
  /** The same, awaiting a handler that returns a promise (the imports, which read PDFs); the transports use this. */
  callAsync(method: string, input: unknown, session: ApiSession): Promise<ApiResult<unknown>>;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const NO_ACTOR: Actor = { id: 0, name: '', roles: [] };

/**
 * The one gate every call passes, whatever the transport: known method, signed-in operator with the role,
 * input validated against the contract, then the handler; every failure becomes a translated error. An
 * unexpected one is reported (to the log) under a short reference the user is shown; the input never is.
 */
export function createApi(store: Store, handlers: Handlers, report: InternalErrorReport = reportToStderr): Api {
  return {
    call(method, input, session) {
      const lang = session.lang;
      if (!isMethodName(method)) return { ok: false, error: apiError(lang, 'unknown_method', { method: String(method) }) };
      const definition: MethodDef = contract[method];
      try {
        let actor = NO_ACTOR;
        if (definition.signedIn) {
          if (session.operatorId === null) return { ok: false, error: apiError(lang, 'no_operator') };
          actor = actorFor(store, session.operatorId);
          const roles = definition.roles;
          if (roles !== 'any' && !actor.roles.some((role) => roles.includes(role))) {
            return {
              ok: false,
              error: apiError(lang, 'forbidden_role', {
                role: actor.roles.map((role) => `role.${role}`),
                required: roles.map((role) => `role.${role}`),
              }),
            };
          }
        }
        const parsed = definition.input.safeParse(input, { error: zodErrorMap(lang) });
        if (!parsed.success) return { ok: false, error: invalidInput(lang, parsed.error) };
        const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
        return { ok: true, value: handler(parsed.data, { store, session, actor }) };
      } catch (error) {
        return failure(error, method, session.lang);
      }
    },
    async callAsync(method, input, session) {
      const result = this.call(method, input, session);
      if (!result.ok || !isPromise(result.value)) return result;
      try {
        return { ok: true, value: await result.value };
      } catch (error) {
        return failure(error, method, session.lang);
      }
    },
  };

  function failure(error: unknown, method: string, lang: ApiSession['lang']): ApiResult<unknown> {
    if (error instanceof DomainError) {
      return { ok: false, error: apiError(lang, error.code, error.params, error.field, error.refusals) };
    }
    const ref = errorReference();
    report(ref, method, error);
    return { ok: false, error: apiError(lang, 'internal_error', { ref }) };
  }
}

export type { MethodName };
