import type { AssetTagSettings, Settings } from '../../shared/contract/admin';
import type { Store } from '../store/store';
import { write, type Actor } from './unit-of-work';

export const DEFAULT_SETTINGS: Settings = { assetTagPrefix: 'RB', assetTagDigits: 6, organisationName: null };

export function readSettings(store: Store): Settings {
  const digits = Number(store.settings.get('assetTagDigits'));
  return {
    assetTagPrefix: store.settings.get('assetTagPrefix') ?? DEFAULT_SETTINGS.assetTagPrefix,
    assetTagDigits: Number.isInteger(digits) && digits > 0 ? digits : DEFAULT_SETTINGS.assetTagDigits,
    organisationName: store.settings.get('organisationName') || null,
  };
}

export function updateSettings(store: Store, actor: Actor, settings: AssetTagSettings): Settings {
  return write(store, actor, (tx) => {
    store.settings.set('assetTagPrefix', settings.assetTagPrefix);
    store.settings.set('assetTagDigits', String(settings.assetTagDigits));
    tx.record('settings', 1, 'settings.updated', { ...settings });
    return readSettings(store);
  });
}
