import { PROGRAMME_REPORT_FORMATS } from '../../shared/contract/programme-report';
import type { Programme } from '../../shared/contract/lending-types';
import { useApiMutation } from '../api/queries';
import { useT } from '../i18n/useT';
import { programmePeriod } from './period';
import { ReportDialog } from './ReportDialog';
import { useToday } from './useToday';

/** The programme's report for its funder (`reports.programme`), PDF or XLSX, from its start to today by default. */
export function ProgrammeReportDialog({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const t = useT();
  const today = useToday();
  const report = useApiMutation('reports.programme');
  return (
    <ReportDialog
      method="reports.programme"
      title={t('reports.programmeTitle', { name: programme.name })}
      hint={t('reports.programmeHint')}
      formats={PROGRAMME_REPORT_FORMATS}
      period={programmePeriod(programme, today)}
      busy={report.busy}
      generate={(values) => report.run({ programmeId: programme.id, ...values })}
      onClose={onClose}
    />
  );
}
