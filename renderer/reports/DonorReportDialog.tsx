import { DONOR_REPORT_FORMATS } from '../../shared/contract/donor-report';
import { useApiMutation } from '../api/queries';
import { useT } from '../i18n/useT';
import { donorPeriod } from './period';
import { ReportDialog } from './ReportDialog';
import { useToday } from './useToday';

/**
 * What became of a donor's devices (`reports.donor`), offered where a batch of theirs is shown: the period reaches
 * back to that batch's reception; the formats are the contract's `DONOR_REPORT_FORMATS`.
 */
export function DonorReportDialog({
  donor,
  receivedOn,
  onClose,
}: {
  donor: { id: number; name: string };
  receivedOn: string;
  onClose: () => void;
}) {
  const t = useT();
  const today = useToday();
  const report = useApiMutation('reports.donor');
  return (
    <ReportDialog
      method="reports.donor"
      title={t('reports.donorTitle', { name: donor.name })}
      hint={t('reports.donorHint')}
      formats={DONOR_REPORT_FORMATS}
      period={donorPeriod(receivedOn, today)}
      busy={report.busy}
      generate={(values) => report.run({ donorId: donor.id, ...values })}
      onClose={onClose}
    />
  );
}
