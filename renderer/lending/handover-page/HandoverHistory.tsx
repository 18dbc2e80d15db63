import { useApiQuery } from '../../api/queries';
import { ErrorBanner } from '../../components/ErrorBanner';
import { EventList } from '../../components/EventList';
import { useT } from '../../i18n/useT';

/** The handover's events: created, signatures captured, copies attached, documents, returns, closed. */
export function HandoverHistory({ handoverId }: { handoverId: number }) {
  const t = useT();
  const events = useApiQuery('events.forEntity', { entity: 'handover', entityId: handoverId });
  return (
    <section className="panel" aria-labelledby="handover-history-title" data-testid="handover-history">
      <div className="panel-header">
        <h2 id="handover-history-title">{t('handoverPage.history')}</h2>
      </div>
      <div className="panel-body">
        <ErrorBanner error={events.error} />
        {events.data ? (
          <EventList events={events.data} showSubject={false} emptyText={t('handoverPage.noHistory')} />
        ) : null}
      </div>
    </section>
  );
}
