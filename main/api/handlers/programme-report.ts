import type { programmeReportContract } from '../../../shared/contract/programme-report';
import type { RenderReport } from '../../documents/report-job';
import type { Handlers, HandlersFor } from '../dispatch';
import { programmeReportFile } from '../../services/reports/programme-report-file';

export const programmeReportHandlers: HandlersFor<typeof programmeReportContract> = {
  'reports.programme': (input, { store, session }) => programmeReportFile(store, input, session.lang),
};

/** `reports.programme` drawing its PDF with `draw` (the API host's render worker) instead of in the calling thread. */
export function programmeReportDrawingWith(draw: RenderReport): Pick<Handlers, 'reports.programme'> {
  return {
    'reports.programme': (input, { store, session }) => programmeReportFile(store, input, session.lang, draw),
  };
}
