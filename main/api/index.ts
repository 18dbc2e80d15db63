import type { Store } from '../store/store';
import { createApi, type Api } from './dispatch';
import { handlers } from './handlers';

export function createRebondApi(store: Store, log?: (line: string) => void): Api {
  return createApi(store, handlers, log);
}

export { newSession, type Api, type ApiSession } from './dispatch';
