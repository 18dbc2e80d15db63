/** What nwipe's words mean, shared by its log and its PDF reports. */
import type { ImportedErasure, ImportedErasureStatus } from '../../../shared/domain/import-records';

/**
 * nwipe's status: `Erased`/`ERASED` is the only success. `-FAILED-`/`FAILED`, `UABORTED`/`ABORTED` (the user
 * stopped it) and `INSANITY` (nwipe's own bug guard) are not, whatever the bytes-erased figure says.
 */
export function nwipeStatus(raw: string): ImportedErasureStatus | undefined {
  const word = raw.replace(/[^a-z]/gi, '').toUpperCase();
  if (word === 'ERASED') return 'erased';
  if (word === 'FAILED' || word === 'FAIL' || word === 'INSANITY') return 'failed';
  if (word === 'UABORTED' || word === 'ABORTED') return 'aborted';
  return undefined;
}

export const NWIPE_STATUS_WORD = /^(ERASED|Erased|-?-?FAILED-?-?|FAILED|UABORTED|ABORTED|INSANITY)$/;

/** Rebond's technique and level for nwipe's method labels, when it maps to one. */
export function nwipeTechnique(method: string): Pick<ImportedErasure, 'technique' | 'level'> {
  if (/^\s*verify/i.test(method)) return {};
  if (/nvme.*(sanitize|format)|sanitize.*nvme/i.test(method)) return { technique: 'nvme_sanitize', level: 'purge' };
  if (/crypto/i.test(method)) return { technique: 'crypto_erase', level: 'purge' };
  if (/secure erase|ata.*sanitize|sanitize/i.test(method)) return { technique: 'ata_secure_erase', level: 'purge' };
  if (/fill|zero|one|dod|gutmann|prng|random|schneier|bmb|is5|rcmp|vsitr/i.test(method))
    return { technique: 'overwrite', level: 'clear' };
  return {};
}

/** Passes of nwipe's methods, when the label names one. */
export function nwipePasses(method: string): number | undefined {
  if (/gutmann/i.test(method)) return 35;
  if (/dod short/i.test(method)) return 3;
  if (/dod|5220/i.test(method)) return 7;
  if (/fill with (zeros|ones)|zero fill|one fill|prng stream/i.test(method)) return 1;
  return undefined;
}

export function nwipeVerification(raw: string | undefined): ImportedErasure['verification'] {
  if (raw === undefined) return undefined;
  if (/\blast\b|\bVL\b/i.test(raw)) return 'last';
  if (/\ball\b|\bVA\b/i.test(raw)) return 'all';
  if (/\bnone\b|\boff\b|\bNV\b|^0/i.test(raw)) return 'none';
  return undefined;
}

/** nwipe's HPA/DCO words: `Not applicable` (loop devices, USB bridges), `No hidden sectors`, `Hidden sectors ...`. */
export function nwipeHiddenAreas(raw: string | undefined): ImportedErasure['hiddenAreas'] {
  if (raw === undefined) return undefined;
  if (/not applicable|n\/a|unknown|not checked/i.test(raw)) return 'not_checked';
  if (/no hidden|none|disabled|not detected|not found/i.test(raw)) return 'none_found';
  if (/(removed|wiped|erased|reset|restored)/i.test(raw)) return 'found_and_removed';
  if (/hidden|enabled|detected|found|present/i.test(raw)) return 'found_not_removed';
  return undefined;
}

/** `219 MB/s`, `1.2 GB/sec`, `850 KB/s` in megabytes per second. */
export function throughputMBs(raw: string | undefined): number | undefined {
  const match = raw === undefined ? null : /([\d.]+)\s*([KMGT]?)i?B\/s/i.exec(raw);
  if (!match || match[1] === undefined) return undefined;
  const value = Number(match[1]);
  const unit = (match[2] ?? '').toUpperCase();
  const factor =
    unit === 'K' ? 1 / 1000 : unit === 'G' ? 1000 : unit === 'T' ? 1_000_000 : unit === 'M' ? 1 : 1 / 1_000_000;
  return Number.isFinite(value) ? value * factor : undefined;
}

/** nwipe's tag, or none when the technician left `Empty Tag`. */
export function nwipeTag(raw: string | undefined): string | undefined {
  const tag = raw?.trim();
  return tag === undefined || tag === '' || /^empty tag$/i.test(tag) ? undefined : tag;
}
