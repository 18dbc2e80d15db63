import type { Store } from '../store/store';
import { createApi, type Api, type Handlers } from './dispatch';
import { handlers } from './handlers';

/** `platform` replaces the few handlers a shell does its own way (the desktop opens documents in the system viewer). */
export function createRebondApi(store: Store, log?: (line: string) => void, platform: Partial<Handlers> = {}): Api {
  return createApi(store, { ...handlers, ...platform }, log);
}

export { newSession, type Api, type ApiSession } from './dispatch';
