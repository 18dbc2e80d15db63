import type { refurbishmentContract } from '../../../shared/contract/refurbishment';
import type { HandlersFor } from '../dispatch';
import { qualityCheck, recordRefurbishment } from '../../services/refurbishment';

export const refurbishmentHandlers: HandlersFor<typeof refurbishmentContract> = {
  'refurbishment.record': (input, { store, actor }) => recordRefurbishment(store, actor, input),
  'refurbishment.qualityCheck': (input, { store, actor }) => qualityCheck(store, actor, input),
};
