import { useEffect, useState } from 'react';
import type { Batch } from '../../../shared/contract/intake';
import type { ScreenProps } from '../../app/routes';
import { navigate } from '../../app/router';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import '../components/desks.css';
import { BatchPicker } from './BatchPicker';
import { ScanStation } from './ScanStation';

/** `#/intake` picks or opens a batch; `#/intake/<batch id>` is the scanner loop for that batch. */
export function IntakeDesk({ param }: ScreenProps) {
  const t = useT();
  const call = useApi();
  const batchId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  const [batch, setBatch] = useState<Batch | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  useEffect(() => {
    setProblem(null);
    if (batchId === null) {
      setBatch(null);
      return;
    }
    void call('batches.get', { id: batchId }).then((result) => {
      if (result.ok) setBatch(result.value);
      else setProblem(result.error);
    });
  }, [batchId, call]);

  if (batchId === null) return <BatchPicker onPick={(picked) => navigate('intake', String(picked.id))} />;
  if (problem) {
    return (
      <div className="desk">
        <ErrorBanner error={problem} />
        <div>
          <Button onClick={() => navigate('intake')}>{t('intake.changeBatch')}</Button>
        </div>
      </div>
    );
  }
  if (!batch || batch.id !== batchId) return <p className="desk-muted">{t('ui.loading')}</p>;
  return (
    <>
      <ScanStation key={batch.id} batch={batch} onBatch={setBatch} onLeave={() => navigate('intake')} />
      <p className="intake-import-link">
        <a href={`#/imports/${batch.id}`}>{t('imports.ui.importIntoBatch', { batch: batch.code })}</a>
      </p>
    </>
  );
}
