/**
 * Serials that firmware and tools write when there is none: they count as no serial. A reader leaves them out
 * (undefined) with a warning; the scan rules and duplicate detection treat them as missing, so that a hundred
 * boards saying `To Be Filled By O.E.M.` are not one device.
 */

const PLACEHOLDER_PHRASES = [
  'to be filled by o.e.m.',
  'to be filled by oem',
  'default string',
  'not specified',
  'not applicable',
  'not available',
  'system serial number',
  'chassis serial number',
  'base board serial number',
  'serial number',
  'unknown',
  'n/a',
  'na',
  'none',
  'null',
  'empty',
  'oem',
  '0123456789',
  '123456789',
  '1234567890',
  '0123456789abcdef',
];

const phrases = new Set(PLACEHOLDER_PHRASES.map((phrase) => phrase.replace(/\s+/g, ' ')));

/** True when `raw` is no serial: empty, a firmware placeholder, only punctuation, all zeros or all X. */
export function isPlaceholderSerial(raw: string | null | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return true;
  if (phrases.has(trimmed.toLowerCase())) return true;
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return true;
  const compact = trimmed.replace(/[\s\-_.:]/g, '');
  if (/^0+$/.test(compact)) return true;
  if (/^x+$/i.test(compact)) return true;
  if (/^f+$/i.test(compact) && compact.length >= 4) return true;
  return false;
}

/** The serial trimmed, or undefined when it is a placeholder. */
export function realSerial(raw: string | null | undefined): string | undefined {
  if (isPlaceholderSerial(raw)) return undefined;
  return (raw as string).trim();
}
