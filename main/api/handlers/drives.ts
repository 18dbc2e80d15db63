import type { drivesContract } from '../../../shared/contract/drives';
import type { HandlersFor } from '../dispatch';
import { removeDrive } from '../../services/drive-removal';

export const drivesHandlers: HandlersFor<typeof drivesContract> = {
  'devices.removeDrive': (input, { store, actor }) => removeDrive(store, actor, input),
};
