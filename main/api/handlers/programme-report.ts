import type { programmeReportContract } from '../../../shared/contract/programme-report';
import type { HandlersFor } from '../dispatch';
import { programmeReportFile } from '../../services/reports/programme-report-file';

export const programmeReportHandlers: HandlersFor<typeof programmeReportContract> = {
  'reports.programme': (input, { store, session }) => programmeReportFile(store, input, session.lang),
};
