import type { Messages } from '../define';
import { beneficiaryScreenMessages } from './ui-lending/beneficiaries';
import { lendingCommonMessages } from './ui-lending/common';
import { followUpScreenMessages } from './ui-lending/follow-up';
import { partnerScreenMessages } from './ui-lending/partners';
import { privacyScreenMessages } from './ui-lending/privacy';
import { programmeScreenMessages } from './ui-lending/programmes';
import { simScreenMessages } from './ui-lending/sims';

/** The lending management screens: one file per screen under ui-lending/. */
const parts = [
  lendingCommonMessages,
  partnerScreenMessages,
  programmeScreenMessages,
  beneficiaryScreenMessages,
  simScreenMessages,
  followUpScreenMessages,
  privacyScreenMessages,
] as const;

type KeysOf<M> = M extends Messages<infer K> ? K : never;
type LendingScreenKey = KeysOf<(typeof parts)[number]>;

export const uiLendingMessages: Messages<LendingScreenKey> = {
  fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<LendingScreenKey, string>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<LendingScreenKey, string>,
};
