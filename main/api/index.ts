import type { InternalErrorReport } from '../platform/internal-errors';
import type { Store } from '../store/store';
import { createApi, type Api, type Handlers, type TextHandler } from './dispatch';
import { handlers } from './handlers';

/** `platform` replaces the few handlers a shell does its own way (the desktop opens documents in the system viewer). */
export function createRebondApi(
  store: Store,
  report?: InternalErrorReport,
  platform: Partial<Handlers> = {},
  textHandlers: Partial<Record<keyof Handlers, TextHandler>> = {},
): Api {
  return createApi(store, { ...handlers, ...platform }, report, textHandlers);
}

export { newSession, type Api, type ApiSession } from './dispatch';
