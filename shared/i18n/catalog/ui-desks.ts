import type { Messages } from '../define';
import { deskCommonMessages } from './desks/common';
import { erasureDeskMessages } from './desks/erasure';
import { intakeDeskMessages } from './desks/intake';
import { recyclingDeskMessages } from './desks/recycling';
import { workshopDeskMessages } from './desks/workshop';

/** The warehouse desks: intake, erasure, refurbishment (workshop) and recycling, one file per desk under desks/. */
const parts = [deskCommonMessages, intakeDeskMessages, erasureDeskMessages, workshopDeskMessages, recyclingDeskMessages] as const;

type KeysOf<M> = M extends Messages<infer K> ? K : never;
type DeskKey = KeysOf<(typeof parts)[number]>;

export const uiDesksMessages: Messages<DeskKey> = {
  fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<DeskKey, string>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<DeskKey, string>,
};
