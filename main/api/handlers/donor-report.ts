import type { donorReportContract } from '../../../shared/contract/donor-report';
import type { RenderReport } from '../../documents/report-job';
import type { Handlers, HandlersFor } from '../dispatch';
import { donorReportFile } from '../../services/reports/donor-report-file';

export const donorReportHandlers: HandlersFor<typeof donorReportContract> = {
  'reports.donor': (input, { store, session }) => donorReportFile(store, input, session.lang),
};

/** `reports.donor` drawing its PDF with `draw` (the API host's render worker) instead of in the calling thread. */
export function donorReportDrawingWith(draw: RenderReport): Pick<Handlers, 'reports.donor'> {
  return { 'reports.donor': (input, { store, session }) => donorReportFile(store, input, session.lang, draw) };
}
