import type { correctionsContract } from '../../../shared/contract/corrections';
import type { HandlersFor } from '../dispatch';
import { correctIdentity, voidDevice } from '../../services/corrections';
import { updateBatch } from '../../services/intake';
import { readScanRules, updateScanRules } from '../../services/scan-rules';

export const correctionsHandlers: HandlersFor<typeof correctionsContract> = {
  'scanRules.get': (_input, { store }) => readScanRules(store),
  'scanRules.update': (input, { store, actor }) => updateScanRules(store, actor, input),
  'devices.correctIdentity': (input, { store, actor }) =>
    correctIdentity(store, actor, input.id, input.identity, input.reason),
  'devices.void': (input, { store, actor }) => voidDevice(store, actor, input.id, input.reason),
  'batches.update': (input, { store, actor }) => updateBatch(store, actor, input),
};
