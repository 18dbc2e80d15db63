import { checkImeiScan, checkSerialScan, type ScanParams, type ScanRules } from '../../../shared/domain/scan-rules';
import type { ApiError } from '../../../shared/errors';
import { hasMessage, type MessageKey } from '../../../shared/i18n';
import type { T } from '../../i18n/useT';

function translated(t: T, code: string, params: ScanParams, field: string): ApiError {
  // Params may name catalogue keys (`scan.characters.one`), as main's messages do.
  const words = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && hasMessage(value) ? t(value) : value,
    ]),
  );
  return { code: 'invalid_input', message: t(`error.${code}` as MessageKey, words), field, params };
}

/**
 * The refusal main would give a scanned serial or IMEI under the site's rules, so the desk refuses at once (and
 * beeps) without a call; null when main should judge it (duplicates, a placeholder with an IMEI, an address's serial,
 * or any scan while the site's rules are still loading).
 */
export function scanRefusal(
  t: T,
  rules: ScanRules | null,
  scanned: { serial: string; imeis: readonly string[] },
  prefix = 'device',
): ApiError | null {
  if (rules === null) return null;
  const serial = checkSerialScan(scanned.serial, rules);
  if (!serial.ok) return translated(t, serial.code, serial.params, `${prefix}.serial`);
  for (const [index, raw] of scanned.imeis.entries()) {
    if (raw.trim() === '') continue;
    const imei = checkImeiScan(raw);
    if (!imei.ok) return translated(t, imei.code, imei.params, `${prefix}.imeis.${index}`);
  }
  return null;
}
