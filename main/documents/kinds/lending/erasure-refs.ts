/**
 * Which proof of erasure a receipt quotes for each device handed over: the erasure certificate issued since its
 * last verified erasure when there is one, otherwise the verified erasure records themselves, with the day the
 * erasure was completed. Only an erasure completed by the day of the handover counts: a device whose only proof
 * is dated after it is refused, naming the device.
 */
import type { TermsItem } from '../../../../shared/contract/lending-types';
import type { Lang } from '../../../../shared/i18n';
import { DomainError } from '../../../errors';
import type { Store } from '../../../store/store';
import { calendarDayIn } from '../../../../shared/format';
import { formatDay } from '../../pdf';
import { organisationTimeZone } from '../../time-zone';
import type { Translate } from './format';

interface ProvenRecord {
  id: number;
  endedAt: string;
  verifiedAt: string;
}

/** The latest verified successful record of each medium (each drive, or the whole device) that `until` keeps. */
function provenRecords(store: Store, deviceId: number, until: (record: ProvenRecord) => boolean) {
  const latest = new Map<number | null, ProvenRecord>();
  for (const record of store.erasures.forDevice(deviceId)) {
    if (record.result !== 'success' || record.verifiedAt === null) continue;
    const proven = { id: record.id, endedAt: record.endedAt, verifiedAt: record.verifiedAt };
    if (until(proven)) latest.set(record.driveId, proven);
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

const latestOf = (records: readonly ProvenRecord[], field: 'endedAt' | 'verifiedAt') =>
  records
    .map((record) => record[field])
    .sort()
    .at(-1) ?? '';

export interface ErasureProof {
  reference: string;
  /** The day the erasure was completed (the latest medium's end), or '—'. */
  completedOn: string;
}

/** One proof per item, in the items' order; SIM cards hold no user data of ours. */
export function erasureReferences(
  store: Store,
  items: readonly TermsItem[],
  handedOn: string,
  lang: Lang,
  t: Translate,
): ErasureProof[] {
  const zone = organisationTimeZone(store);
  /** The calendar day of an instant in the organisation's zone, `YYYY-MM-DD`. */
  const dayOf = (instant: string) => calendarDayIn(new Date(instant), zone);
  return items.map((item) => {
    if (item.type !== 'device') return { reference: t('paper.erasureNone'), completedOn: '—' };
    const records = provenRecords(store, item.deviceId, (record) => dayOf(record.endedAt) <= handedOn);
    if (records.length === 0) {
      const later = provenRecords(store, item.deviceId, () => true);
      if (later.length > 0) {
        throw new DomainError(
          'receipt_proof_after_handover',
          {
            device: item.assetTag,
            proofDate: formatDay(lang, dayOf(latestOf(later, 'endedAt'))),
            handedOn: formatDay(lang, handedOn),
          },
          'subject.ids',
        );
      }
      return { reference: '—', completedOn: '—' };
    }
    const since = latestOf(records, 'verifiedAt');
    const completedOn = formatDay(lang, dayOf(latestOf(records, 'endedAt')));
    const certificate = store.documents.certificateSince(item.deviceId, since);
    if (certificate) return { reference: certificate, completedOn };
    return {
      reference: t('paper.erasureRecord', {
        id: records.map((record) => record.id).join(', '),
        date: formatDay(lang, dayOf(since)),
      }),
      completedOn,
    };
  });
}
