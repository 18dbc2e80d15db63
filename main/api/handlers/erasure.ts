import type { erasureContract } from '../../../shared/contract/erasure';
import type { HandlersFor } from '../dispatch';
import { recordErasure, verifyErasure } from '../../services/erasure';

export const erasureHandlers: HandlersFor<typeof erasureContract> = {
  'erasure.record': (input, { store, actor }) => recordErasure(store, actor, input),
  'erasure.verify': (input, { store, actor }) => verifyErasure(store, actor, input),
  'erasure.awaitingVerification': (_input, { store }) => store.erasures.awaitingVerification(),
};
