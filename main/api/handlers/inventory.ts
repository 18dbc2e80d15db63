import type { inventoryContract } from '../../../shared/contract/inventory';
import type { HandlersFor } from '../dispatch';
import { listInventory, search } from '../../services/inventory';

export const inventoryHandlers: HandlersFor<typeof inventoryContract> = {
  'inventory.list': (input, { store }) => listInventory(store, input),
  'inventory.count': (input, { store }) => ({ total: store.inventory.count(input.filter) }),
  'inventory.search': (input, { store }) => search(store, input.query, input.limit),
  'inventory.countsByStatus': (_input, { store }) => store.inventory.countsByStatus(),
};
