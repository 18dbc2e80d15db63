import type { donorReportContract } from '../../../shared/contract/donor-report';
import type { HandlersFor } from '../dispatch';
import { donorReportFile } from '../../services/reports/donor-report-file';

export const donorReportHandlers: HandlersFor<typeof donorReportContract> = {
  'reports.donor': (input, { store, session }) => donorReportFile(store, input, session.lang),
};
