import { useApiQuery } from '../../api/queries';
import { ErrorBanner } from '../../components/ErrorBanner';
import { EventList } from '../../components/EventList';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** The handover's events: created, signatures captured, copies attached, documents, returns, closed. */
export function HandoverHistory({ handoverId }: { handoverId: number }) {
  const t = useT();
  const events = useApiQuery('events.forEntity', { entity: 'handover', entityId: handoverId });
  return (
    <Panel title={t('handoverPage.history')} testId="handover-history">
      <ErrorBanner error={events.error} />
      {events.data ? (
        <EventList events={events.data} showSubject={false} emptyText={t('handoverPage.noHistory')} />
      ) : null}
    </Panel>
  );
}
