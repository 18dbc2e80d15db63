import type { Messages } from '../define';
import { agreementErrorMessages } from './documents-lending/errors';
import { lendingPaperMessages } from './documents-lending/papers';
import { signatureUiMessages } from './documents-lending/signatures-ui';
import { templateUiMessages } from './documents-lending/templates-ui';
import { agreementVariantMessages } from './documents-lending/variants';

type KeysOf<M> = M extends Messages<infer K> ? K : never;

function mergeMessages<const P extends readonly Messages<string>[]>(...parts: P): Messages<KeysOf<P[number]>> {
  return {
    fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<KeysOf<P[number]>, string>,
    en: Object.assign({}, ...parts.map((part) => part.en)) as Record<KeysOf<P[number]>, string>,
  };
}

/** Loan agreements, donation attestations, receipts, agreement templates and signatures. */
export const documentsLendingMessages = mergeMessages(
  agreementErrorMessages,
  lendingPaperMessages,
  signatureUiMessages,
  templateUiMessages,
  agreementVariantMessages,
);
