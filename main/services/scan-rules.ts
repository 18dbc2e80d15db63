import { DEFAULT_SCAN_RULES, validScanRules, type ScanRules } from '../../shared/domain/scan-rules';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { write, type Actor } from './unit-of-work';

const KEY = 'scanRules';

/** The site's serial rules; the defaults until an administrator saves others (or if a stored entry is unreadable). */
export function readScanRules(store: Store): ScanRules {
  const stored = store.settings.get(KEY);
  if (stored === null) return DEFAULT_SCAN_RULES;
  try {
    const rules = { ...DEFAULT_SCAN_RULES, ...(JSON.parse(stored) as Partial<ScanRules>) };
    return validScanRules(rules) ? rules : DEFAULT_SCAN_RULES;
  } catch {
    return DEFAULT_SCAN_RULES;
  }
}

export function updateScanRules(store: Store, actor: Actor, rules: ScanRules): ScanRules {
  return write(store, actor, (tx) => {
    if (rules.serialMinLength > rules.serialMaxLength) {
      throw new DomainError('invalid_input', { field: 'serialMinLength', detail: `${rules.serialMinLength} > ${rules.serialMaxLength}` }, 'serialMinLength');
    }
    const saved: ScanRules = {
      serialMinLength: rules.serialMinLength,
      serialMaxLength: rules.serialMaxLength,
      serialExtraCharacters: [...new Set(rules.serialExtraCharacters)].join(''),
    };
    store.settings.set(KEY, JSON.stringify(saved));
    tx.record('settings', 1, 'settings.updated', { scanRules: saved });
    return readScanRules(store);
  });
}
