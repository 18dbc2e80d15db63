import { useEffect, useRef } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { useApiQuery } from '../../api/queries';
import type { Batch } from '../../../shared/contract/intake';
import { useT } from '../../i18n/useT';
import { NewBatchForm } from './NewBatchForm';
import { Panel } from '../../components/Panel';

/**
 * Before scanning: continue an open batch, or open a new one for the van that just arrived. The batch this window
 * was unloading (`current`, « Changer de lot ») is marked and has the focus, so Enter goes back to it.
 */
export function BatchPicker({ current = null, onPick }: { current?: number | null; onPick: (batch: Batch) => void }) {
  const t = useT();
  const format = useFormat();
  const batches = useApiQuery('batches.list', { includeClosed: false });
  const donors = useApiQuery('donors.list', {});
  const sites = useApiQuery('sites.list', {});
  const firstBatchRef = useRef<HTMLButtonElement>(null);
  const open = batches.data;
  const focusIndex = Math.max(0, open?.findIndex((batch) => batch.id === current) ?? 0);
  const ready = open !== null && donors.data !== null && sites.data !== null;
  // Once the list is on screen (it waits for the donors and sites too).
  useEffect(() => {
    if (ready && open.length > 0) firstBatchRef.current?.focus();
  }, [ready, open]);

  return (
    <div className="desk desk-intake">
      <PageHeader title={t('intake.title')} subtitle={t('intake.pickBatchLead')} />
      <ErrorBanner error={batches.error ?? donors.error ?? sites.error} />
      {ready && (
        <div className="desk-columns">
          <Panel tone="desk" title={t('intake.openBatches')}>
            {open.length === 0 ? (
              <p className="desk-muted">{t('intake.noOpenBatch')}</p>
            ) : (
              <ul className="desk-batches" data-testid="intake-open-batches">
                {open.map((batch, index) => (
                  <li key={batch.id}>
                    <button
                      type="button"
                      ref={index === focusIndex ? firstBatchRef : undefined}
                      className={`desk-batch-choice${batch.id === current ? ' is-current' : ''}`}
                      onClick={() => onPick(batch)}
                      aria-current={batch.id === current ? 'true' : undefined}
                    >
                      <strong>{batch.code}</strong>
                      {batch.id === current ? (
                        <span className="desk-current-tag">{t('intake.currentBatch')}</span>
                      ) : null}
                      <span>{batch.donorName}</span>
                      <span className="desk-muted">
                        {format.day(batch.receivedOn)} ·{' '}
                        {batch.expectedCount
                          ? t('intake.progress', { received: batch.receivedCount, expected: batch.expectedCount })
                          : t('intake.progressOpen', { received: batch.receivedCount })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <NewBatchForm
            donors={donors.data ?? []}
            sites={(sites.data ?? []).filter((site) => site.active)}
            autoFocus={open.length === 0}
            onCreated={onPick}
          />
        </div>
      )}
    </div>
  );
}
