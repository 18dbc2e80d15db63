import { DEFAULT_SCAN_RULES, validScanRules, type ScanRules } from '../../shared/domain/scan-rules';
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

/** The contract has checked the rules (lengths in order, characters among the choices). */
export function updateScanRules(store: Store, actor: Actor, rules: ScanRules): ScanRules {
  return write(store, actor, (tx) => {
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
