import type { Messages } from '../define';
import { certificateMessages } from './documents/certificate';
import { documentCliMessages } from './documents/cli';
import { documentErrorMessages } from './documents/errors';
import { documentKindMessages } from './documents/kinds';
import { documentUiMessages } from './documents/ui';
import { labelMessages } from './documents/labels';

type KeysOf<M> = M extends Messages<infer K> ? K : never;

function mergeMessages<const P extends readonly Messages<string>[]>(...parts: P): Messages<KeysOf<P[number]>> {
  return {
    fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<KeysOf<P[number]>, string>,
    en: Object.assign({}, ...parts.map((part) => part.en)) as Record<KeysOf<P[number]>, string>,
  };
}

/** Documents: errors, kinds and formats, the page frame, certificates, labels, organisation settings, buttons, CLI. */
export const documentMessages = mergeMessages(
  documentErrorMessages,
  documentKindMessages,
  certificateMessages,
  documentCliMessages,
  documentUiMessages,
  labelMessages,
);
