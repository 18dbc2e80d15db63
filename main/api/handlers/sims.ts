import type { simsContract } from '../../../shared/contract/sims';
import type { HandlersFor } from '../dispatch';
import { warningOf } from '../../../shared/error-messages';
import {
  listSims,
  registerSims,
  revealSimSecrets,
  setSimStatus,
  simDetail,
  topUpSim,
  updateSim,
} from '../../services/sims';

export const simsHandlers: HandlersFor<typeof simsContract> = {
  'sims.list': (input, { store }) => listSims(store, input),
  'sims.get': (input, { store }) => simDetail(store, input),
  'sims.registerMany': (input, { store, actor, session }) => {
    const result = registerSims(store, actor, input);
    return {
      sims: result.sims,
      warnings: result.warnings.map((w) => ({ ...warningOf(session.lang, w.code, w.field, w.params), index: w.index })),
    };
  },
  'sims.update': (input, { store, actor }) => updateSim(store, actor, input),
  'sims.topUp': (input, { store, actor }) => topUpSim(store, actor, input),
  'sims.revealSecrets': (input, { store, actor }) => revealSimSecrets(store, actor, input.simId),
  'sims.setStatus': (input, { store, actor }) => setSimStatus(store, actor, input),
};
