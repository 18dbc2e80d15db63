/**
 * Which proof of erasure a receipt quotes for each device handed over: the erasure certificate issued since its
 * last verified erasure when there is one, otherwise the verified erasure records themselves.
 */
import type { TermsItem } from '../../../../shared/contract/lending-types';
import type { Lang } from '../../../../shared/i18n';
import type { Store } from '../../../store/store';
import { formatDate } from '../../pdf';
import { organisationTimeZone } from '../../time-zone';
import type { Translate } from './format';

const cache = new WeakMap<Store, { certificate: (deviceId: number, since: string) => string | null }>();

function queries(store: Store) {
  let prepared = cache.get(store);
  if (!prepared) {
    const statement = store.db
      .prepare(
        `SELECT d.reference FROM document_devices dd JOIN documents d ON d.id = dd.document_id
         WHERE dd.device_id = ? AND d.kind = 'erasure-certificate' AND d.created_at >= ?
         ORDER BY d.id DESC LIMIT 1`,
      )
      .pluck();
    prepared = { certificate: (deviceId, since) => (statement.get(deviceId, since) as string | undefined) ?? null };
    cache.set(store, prepared);
  }
  return prepared;
}

/** The latest verified successful record of each medium (each drive, or the whole device). */
function provenRecords(store: Store, deviceId: number) {
  const latest = new Map<number | null, { id: number; verifiedAt: string }>();
  for (const record of store.erasures.forDevice(deviceId)) {
    if (record.result === 'success' && record.verifiedAt !== null) latest.set(record.driveId, { id: record.id, verifiedAt: record.verifiedAt });
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

/** One reference per item, in the items' order; SIM cards hold no user data of ours and get none. */
export function erasureReferences(store: Store, items: readonly TermsItem[], lang: Lang, t: Translate): string[] {
  return items.map((item) => {
    if (item.type !== 'device') return t('paper.erasureNone');
    const records = provenRecords(store, item.deviceId);
    const last = records.at(-1);
    if (!last) return '—';
    const since = records.reduce((max, record) => (record.verifiedAt > max ? record.verifiedAt : max), last.verifiedAt);
    const certificate = queries(store).certificate(item.deviceId, since);
    if (certificate) return certificate;
    return t('paper.erasureRecord', { id: records.map((record) => record.id).join(', '), date: formatDate(lang, since, organisationTimeZone(store)) });
  });
}
