import { useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
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
  const call = useApi();
  const toast = useToast();
  /** The retention period read when the button is pressed (it may have just been changed), or null while closed. */
  const [months, setMonths] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const open = async () => {
    setBusy(true);
    const result = await call('privacy.retention', {});
    setBusy(false);
    if (result.ok) setMonths(result.value.anonymiseAfterMonths);
    else toast(result.error.message, 'warning');
  };

  const close = () => {
    setMonths(null);
    setError(null);
  };

  const run = async () => {
    setBusy(true);
    const result = await call('privacy.anonymiseDue', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    close();
    const report = result.value;
    const done = t(`privacy.report.${format.plural(report.anonymised)}`, { count: report.anonymised });
    toast(report.keptOpen > 0 ? `${done} ${t('privacy.reportKept', { count: report.keptOpen })}` : done);
    onDone?.();
  };

  return (
    <>
      <Button onClick={() => void open()} busy={busy && months === null}>
        {t('privacy.anonymiseDue')}
      </Button>
      <ConfirmDialog
        open={months !== null}
        tone="danger"
        title={t('privacy.anonymiseDue')}
        message={<p>{t('privacy.anonymiseDueMessage', { months: months ?? 0 })}</p>}
        confirmLabel={t('privacy.anonymiseDueConfirm')}
        busy={busy}
        error={error}
        onConfirm={() => void run()}
        onCancel={close}
      />
    </>
  );
}
