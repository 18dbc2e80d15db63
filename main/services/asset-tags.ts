import type { Store } from '../store/store';
import { readSettings } from './settings';

/**
 * Hands out `RB-000123`-style tags for `count` new devices: the numbers are reserved in one step, and a tag
 * already taken (possible after a prefix change) is skipped. Call inside the intake transaction.
 */
export function assetTagAllocator(store: Store, count: number): () => string {
  const { assetTagPrefix, assetTagDigits } = readSettings(store);
  let next = store.settings.take('asset-tag', count);
  let remaining = count;
  return () => {
    for (;;) {
      if (remaining === 0) {
        next = store.settings.take('asset-tag', 1);
        remaining = 1;
      }
      const tag = `${assetTagPrefix}-${String(next).padStart(assetTagDigits, '0')}`;
      next += 1;
      remaining -= 1;
      if (!store.devices.assetTagExists(tag)) return tag;
    }
  };
}
