import type { exportsContract } from '../../../shared/contract/exports';
import type { HandlersFor } from '../dispatch';
import { DomainError } from '../../errors';
import { exportStatus, startExport } from '../../services/exports';

export const exportsHandlers: HandlersFor<typeof exportsContract> = {
  'exports.start': (input, { store, actor, session }) => startExport(store, actor, input, session.lang),
  'exports.status': (input, { actor }) => exportStatus(actor, input.jobId),
  // The desktop shell answers it before it reaches the API (main/electron/save-export.ts); a browser downloads.
  'exports.save': () => {
    throw new DomainError('save_as_desktop_only', {});
  },
};
