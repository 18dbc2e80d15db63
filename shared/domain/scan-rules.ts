/**
 * What a scan may create: the checks a serial or IMEI passes before it becomes a device, shared by main (which
 * decides) and the desks (which refuse before sending, with the same words). Nothing here throws.
 */
import type { ScanErrorCode, ScanWarningCode } from '../scan-errors';
import { checkImei, normaliseSerial } from './identifiers';
import { isPlaceholderSerial } from './serial-placeholders';
import { looksLikeUrl, serialFromSupportUrl } from './support-urls';

/** A site's serial rules (Administration → Paramètres). Serials are compared upper-cased without whitespace. */
export interface ScanRules {
  serialMinLength: number;
  serialMaxLength: number;
  /** Characters allowed besides A–Z and 0–9, chosen among `SERIAL_EXTRA_CHARACTER_CHOICES`. */
  serialExtraCharacters: string;
}

export const SERIAL_EXTRA_CHARACTER_CHOICES = '-_./:#+';
export const SERIAL_LENGTH_LIMITS = { min: 1, max: 80 } as const;
export const DEFAULT_SCAN_RULES: ScanRules = { serialMinLength: 4, serialMaxLength: 40, serialExtraCharacters: '-_./' };

export type ScanParams = Record<string, string | number>;

export type ScanRefusal = { ok: false; code: ScanErrorCode | 'imei_invalid'; params: ScanParams };

export type SerialScan =
  | {
      ok: true;
      /** '' when the scan holds no serial (empty, or a firmware placeholder). */
      serial: string;
      /** The make an address said, when the serial came from one. */
      make?: string;
      warning?: { code: ScanWarningCode; params: ScanParams };
    }
  | ScanRefusal;

export type ImeiScan = { ok: true; value: string; warning?: 'imei_checksum' } | ScanRefusal;

/** C0 and C1 controls, and the invisible format characters (zero-width spaces, direction marks). */
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const SHOWN_LENGTH = 60;

function shown(raw: string): string {
  return raw.length > SHOWN_LENGTH ? `${raw.slice(0, SHOWN_LENGTH - 1)}…` : raw;
}

/** The catalogue key that reads "1 character" or "4 characters" (both languages treat 1 as the only singular here). */
function characters(count: number): string {
  return count === 1 ? 'scan.characters.one' : 'scan.characters.other';
}

function refuse(code: ScanRefusal['code'], params: ScanParams = {}): ScanRefusal {
  return { ok: false, code, params };
}

/** Checks a site's rules themselves (what an administrator may save). */
export function validScanRules(rules: ScanRules): boolean {
  return (
    Number.isInteger(rules.serialMinLength) &&
    Number.isInteger(rules.serialMaxLength) &&
    rules.serialMinLength >= SERIAL_LENGTH_LIMITS.min &&
    rules.serialMaxLength <= SERIAL_LENGTH_LIMITS.max &&
    rules.serialMinLength <= rules.serialMaxLength &&
    [...rules.serialExtraCharacters].every((char) => SERIAL_EXTRA_CHARACTER_CHOICES.includes(char))
  );
}

function refusedCharacters(value: string, extras: string): string[] {
  const refused = [...value].filter((char) => !/[A-Z0-9]/.test(char) && !extras.includes(char));
  return [...new Set(refused)];
}

/**
 * A scanned serial: refused when it holds control characters, is a web address no parser knows, or breaks the
 * site's characters and length; a manufacturer's support address gives its serial (and make) with a warning; a
 * firmware placeholder (`To Be Filled By O.E.M.`, all zeros…) counts as no serial.
 */
export function checkSerialScan(raw: string, rules: ScanRules = DEFAULT_SCAN_RULES): SerialScan {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, serial: '' };
  if (CONTROL.test(trimmed)) return refuse('scan_control_characters');
  let text = trimmed;
  let fromUrl: { vendor: string; serial: string } | null = null;
  if (looksLikeUrl(trimmed)) {
    fromUrl = serialFromSupportUrl(trimmed);
    if (!fromUrl) return refuse('scan_url', { value: shown(trimmed) });
    text = fromUrl.serial;
  }
  const value = normaliseSerial(text);
  const refused = refusedCharacters(value, rules.serialExtraCharacters);
  // One character is a stray key, not firmware text: it is refused as too short below.
  if (value.length > 1 && isPlaceholderSerial(text) && (/[A-Z0-9]/.test(value) || refused.length === 0)) {
    return { ok: true, serial: '', warning: { code: 'serial_placeholder', params: { value: shown(trimmed) } } };
  }
  if (refused.length > 0) {
    return refuse('serial_characters', {
      value: shown(value),
      characters: refused.join(' '),
      allowed: rules.serialExtraCharacters === '' ? '—' : [...rules.serialExtraCharacters].join(' '),
    });
  }
  if (value.length < rules.serialMinLength) {
    return refuse('serial_too_short', {
      length: value.length,
      characters: characters(value.length),
      min: rules.serialMinLength,
    });
  }
  if (value.length > rules.serialMaxLength) {
    return refuse('serial_too_long', {
      length: value.length,
      characters: characters(value.length),
      max: rules.serialMaxLength,
    });
  }
  if (fromUrl) {
    return {
      ok: true,
      serial: value,
      make: fromUrl.vendor,
      warning: { code: 'serial_from_support_url', params: { vendor: fromUrl.vendor, serial: value } },
    };
  }
  return { ok: true, serial: value };
}

/** A scanned IMEI: control characters and web addresses are named as such; the rest is `checkImei`. */
export function checkImeiScan(raw: string): ImeiScan {
  const trimmed = raw.trim();
  if (CONTROL.test(trimmed)) return refuse('scan_control_characters');
  if (looksLikeUrl(trimmed)) return refuse('scan_url', { value: shown(trimmed) });
  const check = checkImei(trimmed);
  if (!check.ok) return refuse('imei_invalid', { value: shown(trimmed) });
  return check.warning === 'imei_checksum'
    ? { ok: true, value: check.value, warning: 'imei_checksum' }
    : { ok: true, value: check.value };
}
