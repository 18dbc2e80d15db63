import type { devicesContract } from '../../../shared/contract/devices';
import type { HandlersFor } from '../dispatch';
import { addDrive, deviceDetail, updateDevice } from '../../services/devices';
import { applyAction } from '../../services/lifecycle';

export const devicesHandlers: HandlersFor<typeof devicesContract> = {
  'devices.get': (input, { store }) => deviceDetail(store, input),
  'devices.update': (input, { store, actor }) => updateDevice(store, actor, input.id, input.changes),
  'devices.addDrive': (input, { store, actor }) => addDrive(store, actor, input.deviceId, input.drive),
  'devices.applyAction': (input, { store, actor }) => applyAction(store, actor, input),
};
