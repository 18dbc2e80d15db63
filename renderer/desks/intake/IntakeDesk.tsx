import { useEffect } from 'react';
import type { ScreenProps } from '../../app/routes';
import { navigate, routeHash, useRoute } from '../../app/router';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApiCache, useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import '../components/desks.css';
import { BatchPicker } from './BatchPicker';
import { CHOOSE_BATCH, currentBatchId, rememberBatch } from './currentBatch';
import { ScanStation } from './ScanStation';

/**
 * `#/intake/<batch id>` is the scanner loop for that batch; `#/intake` returns to the batch this window was
 * unloading, if any, and otherwise (or with `?choose=1`, « Changer de lot ») picks or opens one.
 */
export function IntakeDesk({ param }: ScreenProps) {
  const t = useT();
  const route = useRoute();
  const cache = useApiCache();
  const batchId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  const choosing = route.query.has('choose');
  const resume = batchId === null && !choosing ? currentBatchId() : null;
  const batch = useApiQuery('batches.get', { id: batchId ?? 0 }, { enabled: batchId !== null });

  useEffect(() => {
    if (resume !== null) window.location.replace(routeHash('intake', String(resume)));
  }, [resume]);
  useEffect(() => {
    if (batchId !== null && batch.data?.id === batchId) rememberBatch(batchId);
    if (batchId !== null && batch.error) rememberBatch(null);
  }, [batchId, batch.data, batch.error]);

  if (resume !== null) return <p className="desk-muted">{t('ui.loading')}</p>;
  if (batchId === null)
    return <BatchPicker current={currentBatchId()} onPick={(picked) => navigate('intake', String(picked.id))} />;
  if (batch.error) {
    return (
      <div className="desk">
        <ErrorBanner error={batch.error} />
        <div>
          <Button onClick={() => navigate('intake', null, CHOOSE_BATCH)}>{t('intake.changeBatch')}</Button>
        </div>
      </div>
    );
  }
  const shown = batch.data;
  if (!shown || shown.id !== batchId) return <p className="desk-muted">{t('ui.loading')}</p>;
  return (
    <>
      <ScanStation
        key={shown.id}
        batch={shown}
        onBatch={(fresh) => cache.set('batches.get', { id: fresh.id }, () => fresh)}
        onLeave={() => navigate('intake', null, CHOOSE_BATCH)}
      />
      <p className="intake-import-link">
        <a href={`#/imports/${shown.id}`}>{t('imports.ui.importIntoBatch', { batch: shown.code })}</a>
      </p>
    </>
  );
}
