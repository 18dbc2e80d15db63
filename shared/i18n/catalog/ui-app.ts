import type { Messages } from '../define';
import { adminMessages } from './ui-app/admin';
import { componentMessages } from './ui-app/components';
import { dashboardMessages } from './ui-app/dashboard';
import { deviceMessages } from './ui-app/device';
import { eventMessages } from './ui-app/events';
import { appFieldMessages } from './ui-app/fields';
import { inventoryMessages } from './ui-app/inventory';
import { sessionMessages } from './ui-app/session';
import { shellScreenMessages } from './ui-app/shell';

type KeysOf<M> = M extends Messages<infer K> ? K : never;

/** Joins several catalogue parts into one, keeping every key in the type. */
function mergeMessages<const P extends readonly Messages<string>[]>(...parts: P): Messages<KeysOf<P[number]>> {
  return {
    fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<KeysOf<P[number]>, string>,
    en: Object.assign({}, ...parts.map((part) => part.en)) as Record<KeysOf<P[number]>, string>,
  };
}

/** The shell, sign-in, dashboard, inventory, device page and administration screens, one file per screen. */
export const uiAppMessages = mergeMessages(
  shellScreenMessages,
  sessionMessages,
  componentMessages,
  dashboardMessages,
  eventMessages,
  inventoryMessages,
  deviceMessages,
  adminMessages,
  appFieldMessages,
);
