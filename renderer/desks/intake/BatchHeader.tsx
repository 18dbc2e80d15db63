import { useState } from 'react';
import type { Batch } from '../../../shared/contract/intake';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { useSession } from '../../app/session';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { BatchDocumentButtons } from '../../documents/BatchDocumentButtons';
import { BatchTaxReceipt } from '../../documents/BatchTaxReceipt';
import { useT } from '../../i18n/useT';
import { DonorReportButton } from '../../reports';
import { EditBatchDialog } from './EditBatchDialog';

/** The batch being unloaded and how far along it is: received against what the donor announced; edit, close, reopen. */
export function BatchHeader({
  batch,
  onChange,
  onBatch,
}: {
  batch: Batch;
  onChange: () => void;
  onBatch: (batch: Batch) => void;
}) {
  const t = useT();
  const close = useApiMutation('batches.close');
  const reopen = useApiMutation('batches.reopen');
  const format = useFormat();
  const roles = useSession().state.operator?.roles ?? [];
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const expected = batch.expectedCount;
  const over = expected !== null && batch.receivedCount > expected;

  const closeOrReopen = async () => {
    const result = await (batch.closed ? reopen : close).run({ id: batch.id });
    if (!result.ok) return setProblem(result.error);
    setProblem(null);
    onBatch(result.value);
  };
  const mayToggle = batch.closed
    ? roles.some((role) => role === 'data_security_officer' || role === 'admin')
    : roles.includes('data_security_officer');

  return (
    <header className="desk-batch" data-testid="intake-batch">
      <div>
        <h1>
          {t('intake.batchTitle', { code: batch.code })} <span className="desk-muted">· {batch.donorName}</span>
        </h1>
        <p className="desk-muted">
          {t('intake.receivedOn', { date: format.day(batch.receivedOn), site: batch.siteName })}
        </p>
      </div>
      <div className="desk-progress" data-testid="intake-progress">
        <span>
          {expected
            ? t('intake.progress', { received: batch.receivedCount, expected })
            : t('intake.progressOpen', { received: batch.receivedCount })}
        </span>
        {expected !== null && (
          <progress
            max={expected}
            value={Math.min(batch.receivedCount, expected)}
            aria-label={t('intake.progressLabel')}
          />
        )}
        {over ? (
          <p className="desk-warning" role="status" data-testid="intake-over-expected">
            {t(format.plural(expected) === 'one' ? 'intake.overExpected.one' : 'intake.overExpected.other', {
              received: batch.receivedCount,
              expected,
            })}
          </p>
        ) : null}
        {batch.closed ? <p className="desk-warning">{t('batchEdit.closed')}</p> : null}
      </div>
      <BatchDocumentButtons batchId={batch.id} />
      <BatchTaxReceipt batchId={batch.id} />
      <DonorReportButton batch={batch} />
      <Button onClick={() => setEditing(true)}>{t('batchEdit.button')}</Button>
      {mayToggle ? (
        <Button onClick={() => void closeOrReopen()}>{t(batch.closed ? 'batchEdit.reopen' : 'batchEdit.close')}</Button>
      ) : null}
      <Button onClick={onChange}>{t('intake.changeBatch')}</Button>
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
      {editing ? (
        <EditBatchDialog
          batch={batch}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onBatch(saved);
          }}
        />
      ) : null}
    </header>
  );
}
