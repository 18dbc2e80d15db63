import { useCallback, useEffect } from 'react';
import { COUNTED_STATES } from '../../shared/domain/lifecycle';
import type { ScreenProps } from '../app/routes';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { EventList } from '../components/EventList';
import { useFormat } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { useCan } from '../session/useCan';
import { BackupWarning } from './BackupWarning';
import { DeskQueues } from './DeskQueues';
import { StageTiles } from './StageTiles';
import { DashboardChartsPanel } from './DashboardCharts';
import { ImportQueueNotice } from '../imports';
import './dashboard.css';
import { Panel } from '../components/Panel';

const REFRESH_MS = 30_000;

/** Where every device stands, what waits at each desk, and what happened lately; refreshes itself. */
export function DashboardScreen(_props: ScreenProps) {
  const t = useT();
  const format = useFormat();
  const counts = useApiQuery('inventory.countsByStatus', {});
  const pending = useApiQuery('erasure.awaitingVerification', {});
  const recent = useApiQuery('events.recent', { limit: 12 });
  const isAdmin = useCan('backups.overview');
  const seesCharts = useCan('dashboard.charts');
  const charts = useApiQuery('dashboard.charts', {}, { enabled: seesCharts });
  const { reload: reloadCounts } = counts;
  const { reload: reloadPending } = pending;
  const { reload: reloadRecent } = recent;
  const { reload: reloadCharts } = charts;
  const reloadAll = useCallback(() => {
    reloadCounts();
    reloadPending();
    reloadRecent();
    if (seesCharts) reloadCharts();
  }, [reloadCounts, reloadPending, reloadRecent, reloadCharts, seesCharts]);

  useEffect(() => {
    const timer = window.setInterval(reloadAll, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reloadAll]);

  const total = counts.data ? COUNTED_STATES.reduce((sum, state) => sum + (counts.data?.[state] ?? 0), 0) : null;
  return (
    <div className="dashboard">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          total === null
            ? t('ui.loading')
            : t(format.plural(total) === 'one' ? 'dashboard.total.one' : 'dashboard.total.other', {
                count: format.number(total),
              })
        }
        actions={
          <Button onClick={reloadAll} busy={counts.loading && counts.data !== null}>
            {t('dashboard.refresh')}
          </Button>
        }
        focusOnMount
      />
      <ErrorBanner error={counts.error ?? recent.error ?? charts.error} />
      <BackupWarning isAdmin={isAdmin} />
      <ImportQueueNotice />
      <Panel title={t('dashboard.stages')} actions={<p className="muted">{t('dashboard.stagesHint')}</p>}>
        {counts.data ? <StageTiles counts={counts.data} /> : <p className="empty">{t('ui.loading')}</p>}
      </Panel>
      {seesCharts && charts.data ? <DashboardChartsPanel figures={charts.data} /> : null}
      <div className="dashboard-columns">
        <Panel title={t('dashboard.queues')}>
          {counts.data ? (
            <DeskQueues counts={counts.data} awaitingVerification={pending.data ? pending.data.length : null} />
          ) : null}
        </Panel>
        <Panel title={t('dashboard.activity')}>
          {recent.data ? (
            <EventList events={recent.data} relativeTime emptyText={t('dashboard.activityEmpty')} />
          ) : null}
        </Panel>
      </div>
    </div>
  );
}
