import type { accessContract } from '../../../shared/contract/access';
import type { HandlersFor } from '../dispatch';
import { readAccessSettings, updateAccessSettings } from '../../services/access';

export const accessHandlers: HandlersFor<typeof accessContract> = {
  'access.get': (_input, { store }) => readAccessSettings(store),
  'access.update': (input, { store, actor }) => updateAccessSettings(store, actor, input),
};
