import type { Batch } from '../../../shared/contract/intake';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/format';
import { BatchDocumentButtons } from '../../documents/BatchDocumentButtons';
import { useT } from '../../i18n/useT';

/** The batch being unloaded and how far along it is: received against what the donor announced. */
export function BatchHeader({ batch, onChange }: { batch: Batch; onChange: () => void }) {
  const t = useT();
  const format = useFormat();
  const expected = batch.expectedCount;
  return (
    <header className="desk-batch" data-testid="intake-batch">
      <div>
        <h1>
          {t('intake.batchTitle', { code: batch.code })} <span className="desk-muted">· {batch.donorName}</span>
        </h1>
        <p className="desk-muted">{t('intake.receivedOn', { date: format.day(batch.receivedOn), site: batch.siteName })}</p>
      </div>
      <div className="desk-progress" data-testid="intake-progress">
        <span>
          {expected
            ? t('intake.progress', { received: batch.receivedCount, expected })
            : t('intake.progressOpen', { received: batch.receivedCount })}
        </span>
        {expected !== null && (
          <progress max={expected} value={Math.min(batch.receivedCount, expected)} aria-label={t('intake.progressLabel')} />
        )}
      </div>
      <BatchDocumentButtons batchId={batch.id} />
      <Button onClick={onChange}>{t('intake.changeBatch')}</Button>
    </header>
  );
}
