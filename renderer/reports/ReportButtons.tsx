import { useState } from 'react';
import type { Programme } from '../../shared/contract/lending-types';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { useCan } from '../session/useCan';
import { DonorReportDialog } from './DonorReportDialog';
import { ProgrammeReportDialog } from './ProgrammeReportDialog';

/** « Rapport » on a programme's page, for the roles `reports.programme` allows; opens the report dialog. */
export function ProgrammeReportButton({ programme }: { programme: Programme }) {
  const t = useT();
  const may = useCan('reports.programme');
  const [open, setOpen] = useState(false);
  if (!may) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="programme-report">
        {t('reports.programmeAction')}
      </Button>
      {open ? <ProgrammeReportDialog programme={programme} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** « Rapport au donateur » where a batch is shown, for the roles `reports.donor` allows. */
export function DonorReportButton({ batch }: { batch: { donorId: number; donorName: string; receivedOn: string } }) {
  const t = useT();
  const may = useCan('reports.donor');
  const [open, setOpen] = useState(false);
  if (!may) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="donor-report">
        {t('reports.donorAction')}
      </Button>
      {open ? (
        <DonorReportDialog
          donor={{ id: batch.donorId, name: batch.donorName }}
          receivedOn={batch.receivedOn}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
