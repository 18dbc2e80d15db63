import { isTimeZone, machineTimeZone } from '../../shared/format/time-zone';
import type { Store } from '../store/store';

/** The setting that holds the organisation's time zone (saved with its identity, `organisation.update`). */
export const TIME_ZONE_SETTING = 'organisationTimeZone';

/** The zone the organisation's instants are shown in: its setting, or the machine's when none (or one this runtime no longer knows) is set. */
export function organisationTimeZone(store: Store): string {
  const chosen = store.settings.get(TIME_ZONE_SETTING);
  return chosen && isTimeZone(chosen) ? chosen : machineTimeZone();
}
