import type { Messages } from '../define';
import { deskCommonMessages } from './desks/common';
import { erasureDeskMessages } from './desks/erasure';
import { handoverDeskMessages } from './desks/handover';
import { intakeDeskMessages } from './desks/intake';
import { recyclingDeskMessages } from './desks/recycling';
import { returnsDeskMessages } from './desks/returns';
import { workshopDeskMessages } from './desks/workshop';

/** The desks: intake, erasure, refurbishment (workshop), recycling, handover and returns, one file per desk under desks/. */
const parts = [
  deskCommonMessages,
  intakeDeskMessages,
  erasureDeskMessages,
  workshopDeskMessages,
  recyclingDeskMessages,
  handoverDeskMessages,
  returnsDeskMessages,
] as const;

type KeysOf<M> = M extends Messages<infer K> ? K : never;
type DeskKey = KeysOf<(typeof parts)[number]>;

export const uiDesksMessages: Messages<DeskKey> = {
  fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<DeskKey, string>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<DeskKey, string>,
};
