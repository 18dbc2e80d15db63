import type { exportsContract } from '../../../shared/contract/exports';
import type { HandlersFor } from '../dispatch';
import { exportStatus, startExport } from '../../services/exports';

export const exportsHandlers: HandlersFor<typeof exportsContract> = {
  'exports.start': (input, { store, actor, session }) => startExport(store, actor, input, session.lang),
  'exports.status': (input, { actor }) => exportStatus(actor, input.jobId),
};
