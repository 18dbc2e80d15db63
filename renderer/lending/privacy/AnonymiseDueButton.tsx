import { useState } from 'react';
import { useApiMutation } from '../../api/queries';
import { useApiFetch } from '../../api/useApiFetch';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../components/format';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';

/**
 * « Anonymiser ce qui est échu »: everyone whose last loan closed longer ago than the retention period, now rather
 * than at the next start. Confirmed first; the report says how many were anonymised and how many open loans kept.
 */
export function AnonymiseDueButton({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const format = useFormat();
  const read = useApiFetch();
  const anonymiseDue = useApiMutation('privacy.anonymiseDue', { invalidates: ['beneficiaries', 'handovers'] });
  const toast = useToast();
  /** The retention period read when the button is pressed (it may have just been changed), or null while closed. */
  const [months, setMonths] = useState<number | null>(null);
  const [reading, setReading] = useState(false);

  const open = async () => {
    setReading(true);
    const result = await read('privacy.retention', {});
    setReading(false);
    if (result.ok) setMonths(result.value.anonymiseAfterMonths);
    else toast(result.error.message, 'warning');
  };

  const close = () => {
    setMonths(null);
    anonymiseDue.reset();
  };

  const run = async () => {
    const result = await anonymiseDue.run({});
    if (!result.ok) return;
    close();
    const report = result.value;
    const done = t(`privacy.report.${format.plural(report.anonymised)}`, { count: report.anonymised });
    toast(report.keptOpen > 0 ? `${done} ${t('privacy.reportKept', { count: report.keptOpen })}` : done);
    onDone?.();
  };

  return (
    <>
      <Button onClick={() => void open()} busy={reading}>
        {t('privacy.anonymiseDue')}
      </Button>
      <ConfirmDialog
        open={months !== null}
        tone="danger"
        title={t('privacy.anonymiseDue')}
        message={<p>{t('privacy.anonymiseDueMessage', { months: months ?? 0 })}</p>}
        confirmLabel={t('privacy.anonymiseDueConfirm')}
        busy={anonymiseDue.busy}
        error={anonymiseDue.error}
        onConfirm={() => void run()}
        onCancel={close}
      />
    </>
  );
}
