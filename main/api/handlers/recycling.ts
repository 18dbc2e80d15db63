import type { recyclingContract } from '../../../shared/contract/recycling';
import type { HandlersFor } from '../dispatch';
import { recordRecycling } from '../../services/recycling';

export const recyclingHandlers: HandlersFor<typeof recyclingContract> = {
  'recycling.record': (input, { store, actor }) => recordRecycling(store, actor, input),
  'recycling.list': (_input, { store }) => store.recyclings.list(),
};
