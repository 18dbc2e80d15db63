import type { intakeContract } from '../../../shared/contract/intake';
import type { HandlersFor } from '../dispatch';
import { warningOf } from '../../../shared/error-messages';
import {
  closeBatch,
  createBatch,
  createDonor,
  registerDevices,
  reopenBatch,
  requireBatch,
} from '../../services/intake';

export const intakeHandlers: HandlersFor<typeof intakeContract> = {
  'donors.list': (_input, { store }) => store.people.listDonors(),
  'donors.create': (input, { store, actor }) => createDonor(store, actor, input),
  'batches.list': (input, { store }) => store.batches.list(input.includeClosed),
  'batches.get': (input, { store }) => requireBatch(store, input.id),
  'batches.create': (input, { store, actor }) => createBatch(store, actor, input),
  'batches.close': (input, { store, actor }) => closeBatch(store, actor, input.id),
  'batches.reopen': (input, { store, actor }) => reopenBatch(store, actor, input.id),
  'devices.register': (input, { store, actor, session }) => {
    const result = registerDevices(store, actor, input.batchId, [input.device], () => 'device');
    const created = result.devices[0];
    const device = created ? store.devices.summary(created.id) : null;
    if (!device) throw new Error('registered device not found');
    return {
      device,
      warnings: result.warnings.map((w) => warningOf(session.lang, w.code, w.field, w.params)),
    };
  },
  'devices.registerMany': (input, { store, actor, session }) => {
    const result = registerDevices(store, actor, input.batchId, input.devices);
    return {
      devices: result.devices,
      warnings: result.warnings.map((w) => ({ ...warningOf(session.lang, w.code, w.field, w.params), index: w.index })),
    };
  },
};
