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
  /**
   * At a hub's desk (absent elsewhere): which paired desk, and whether someone signed in there with a password
   * since it last locked; only then may a PIN switch from one operator to another.
   */
  desk?: { id: number; unlocked: boolean };
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

/** A handler answers synchronously, or (a document drawn by the render worker) with a promise the gate awaits. */
export type Handler<M extends MethodDef> = (
  input: ParsedOf<M>,
  context: HandlerContext,
) => ResultOf<M> | Promise<ResultOf<M>>;
export type HandlersFor<C extends Record<string, MethodDef>> = { [K in keyof C]: Handler<C[K]> };
export type Handlers = HandlersFor<typeof contract>;

export interface Api {
  /** In-process callers (the CLI, tests) whose handlers all answer synchronously; an async handler is an internal error here. */
  call(method: string, input: unknown, session: ApiSession): ApiResult<unknown>;
  /** Every transport (the API host): the same gate, synchronously, then the handler awaited. */
  callAsync(method: string, input: unknown, session: ApiSession): Promise<ApiResult<unknown>>;
  /**
   * The same gate for an input still in its JSON text (the browser edition's request body): the text is parsed
   * here, or, for a method with a text handler (a bulk intake), where that handler runs it, so that a large input is
   * never taken apart and copied object by object in the thread that answers the other calls.
   */
  callText(method: string, text: string, session: ApiSession): Promise<ApiResult<unknown>>;
}

/**
 * A handler given the input as JSON text, once the caller was admitted (signed in, with the role). It must parse
 * and validate that text with `parseInputText`, the gate's own validation, wherever it runs.
 */
export type TextHandler = (text: string, context: HandlerContext) => Promise<ApiResult<unknown>>;

type Parsed = { refused: ApiResult<unknown> } | { data: unknown };

/** The gate's validation of an input against the contract: the parsed data, or the translated refusal. */
export function parseInput(method: MethodName, input: unknown, lang: Lang): Parsed {
  const parsed = contract[method].input.safeParse(input, { error: zodErrorMap(lang) });
  return parsed.success ? { data: parsed.data } : { refused: { ok: false, error: invalidInput(lang, parsed.error) } };
}

/** The same from JSON text (an empty body is `{}`); text that is not JSON is refused as such. */
export function parseInputText(method: MethodName, text: string, lang: Lang): Parsed {
  let input: unknown;
  try {
    input = text === '' ? {} : JSON.parse(text);
  } catch {
    return { refused: { ok: false, error: apiError(lang, 'invalid_input', { field: 'JSON', detail: 'JSON' }) } };
  }
  return parseInput(method, input, lang);
}

const NO_ACTOR: Actor = { id: 0, name: '', roles: [] };

type Gated = { refused: ApiResult<unknown> } | { run: () => unknown };

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * The one gate every call passes, whatever the transport: known method, signed-in operator with the role,
 * input validated against the contract, then the handler; every failure becomes a translated error. An
 * unexpected one is reported (to the log) under a short reference the user is shown; the input never is.
 */
export function createApi(
  store: Store,
  handlers: Handlers,
  report: InternalErrorReport = reportToStderr,
  textHandlers: Partial<Record<MethodName, TextHandler>> = {},
): Api {
  function failure(method: string, session: ApiSession, error: unknown): ApiResult<unknown> {
    if (error instanceof DomainError) {
      return { ok: false, error: apiError(session.lang, error.code, error.params, error.field, error.refusals) };
    }
    const ref = errorReference();
    report(ref, method, error);
    return { ok: false, error: apiError(session.lang, 'internal_error', { ref }) };
  }

  /** Who may call: a known method, a signed-in operator with one of its roles; the refusal, or the method and actor. */
  function admit(
    method: string,
    session: ApiSession,
  ): { refused: ApiResult<unknown> } | { method: MethodName; actor: Actor } {
    const lang = session.lang;
    if (!isMethodName(method))
      return { refused: { ok: false, error: apiError(lang, 'unknown_method', { method: String(method) }) } };
    const definition: MethodDef = contract[method];
    let actor = NO_ACTOR;
    if (definition.signedIn) {
      if (session.operatorId === null) return { refused: { ok: false, error: apiError(lang, 'no_operator') } };
      actor = actorFor(store, session.operatorId);
      const roles = definition.roles;
      if (roles !== 'any' && !actor.roles.some((role) => roles.includes(role))) {
        return {
          refused: {
            ok: false,
            error: apiError(lang, 'forbidden_role', {
              role: actor.roles.map((role) => `role.${role}`),
              required: roles.map((role) => `role.${role}`),
            }),
          },
        };
      }
    }
    return { method, actor };
  }

  /** Everything before the handler, synchronously: the refusal, or the handler ready to run with parsed input. */
  function gate(
    method: string,
    input: unknown,
    session: ApiSession,
    parse: (method: MethodName, input: never, lang: Lang) => Parsed = parseInput,
  ): Gated {
    const admitted = admit(method, session);
    if ('refused' in admitted) return admitted;
    const parsed = parse(admitted.method, input as never, session.lang);
    if ('refused' in parsed) return parsed;
    const handler = handlers[admitted.method] as (input: unknown, context: HandlerContext) => unknown;
    return { run: () => handler(parsed.data, { store, session, actor: admitted.actor }) };
  }

  return {
    call(method, input, session) {
      try {
        const gated = gate(method, input, session);
        if ('refused' in gated) return gated.refused;
        const value = gated.run();
        if (isPromise(value)) {
          value.catch(() => undefined);
          throw new Error(`${method} answers asynchronously: call it with callAsync`);
        }
        return { ok: true, value };
      } catch (error) {
        return failure(method, session, error);
      }
    },
    async callAsync(method, input, session) {
      try {
        const gated = gate(method, input, session);
        if ('refused' in gated) return gated.refused;
        return { ok: true, value: await gated.run() };
      } catch (error) {
        return failure(method, session, error);
      }
    },
    async callText(method, text, session) {
      try {
        const admitted = admit(method, session);
        if ('refused' in admitted) return admitted.refused;
        const textHandler = textHandlers[admitted.method];
        if (textHandler) return await textHandler(text, { store, session, actor: admitted.actor });
        const gated = gate(method, text, session, parseInputText);
        if ('refused' in gated) return gated.refused;
        return { ok: true, value: await gated.run() };
      } catch (error) {
        return failure(method, session, error);
      }
    },
  };
}

export type { MethodName };
