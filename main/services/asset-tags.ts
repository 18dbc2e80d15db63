import type { Store } from '../store/store';
import { readSettings } from './settings';

/**
 * Hands out `RB-000123`-style tags for `count` new devices: the numbers are reserved in one step, and a tag
 * already taken (possible after a prefix change) is skipped. Call inside the intake transaction.
 */
export function assetTagAllocator(store: Store, count: number): () => string {
  return allocator(store, count, (taken) => store.settings.take('asset-tag', taken));
}

/**
 * The tags `assetTagAllocator` would hand out from here, reserving none (an import's preview shows the tags its
 * commit will give, as long as no other intake comes in between).
 */
export function assetTagForecast(store: Store, count: number): () => string {
  let first = store.settings.peek('asset-tag');
  return allocator(store, count, (taken) => {
    const given = first;
    first += taken;
    return given;
  });
}

function allocator(store: Store, count: number, take: (count: number) => number): () => string {
  const { assetTagPrefix, assetTagDigits } = readSettings(store);
  let next = take(count);
  let remaining = count;
  return () => {
    for (;;) {
      if (remaining === 0) {
        next = take(1);
        remaining = 1;
      }
      const tag = `${assetTagPrefix}-${String(next).padStart(assetTagDigits, '0')}`;
      next += 1;
      remaining -= 1;
      if (!store.devices.assetTagExists(tag)) return tag;
    }
  };
}
