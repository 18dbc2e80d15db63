import type { DeviceState } from '../../shared/domain/lifecycle';
import type { MessageKey } from '../../shared/i18n';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import { inventoryHref } from '../inventory';

interface Queue {
  id: string;
  title: MessageKey;
  count: number;
  detail: string;
  /** The desk that deals with it, or null when it is looked after from the inventory. */
  desk: { route: string; label: MessageKey } | null;
  states: DeviceState[];
  urgent: boolean;
}

/** What waits at each desk, with a link straight to that desk. */
export function DeskQueues({
  counts,
  awaitingVerification,
}: {
  counts: Record<DeviceState, number>;
  awaitingVerification: number | null;
}) {
  const t = useT();
  const format = useFormat();
  const n = format.number;
  const queues: Queue[] = [
    {
      id: 'erasure',
      title: 'dashboard.queue.erasure',
      count: counts.received + counts.awaiting_erasure,
      detail: t('dashboard.queue.erasureDetail', {
        received: n(counts.received),
        awaiting: n(counts.awaiting_erasure),
      }),
      desk: { route: 'erasure', label: 'nav.erasure' },
      states: ['received', 'awaiting_erasure'],
      urgent: false,
    },
    {
      id: 'verification',
      title: 'dashboard.queue.verification',
      count: awaitingVerification ?? 0,
      detail: t('dashboard.queue.verificationDetail'),
      desk: { route: 'erasure', label: 'nav.erasure' },
      states: [],
      urgent: (awaitingVerification ?? 0) > 0,
    },
    {
      id: 'workshop',
      title: 'dashboard.queue.workshop',
      count: counts.erased + counts.in_refurbishment,
      detail: t('dashboard.queue.workshopDetail', {
        erased: n(counts.erased),
        inRefurbishment: n(counts.in_refurbishment),
      }),
      desk: { route: 'refurbishment', label: 'nav.refurbishment' },
      states: ['erased', 'in_refurbishment'],
      urgent: false,
    },
    {
      id: 'recycling',
      title: 'dashboard.queue.recycling',
      count: counts.to_recycle,
      detail: t('dashboard.queue.recyclingDetail'),
      desk: { route: 'recycling', label: 'nav.recycling' },
      states: ['to_recycle'],
      urgent: false,
    },
    {
      id: 'quarantine',
      title: 'dashboard.queue.quarantine',
      count: counts.quarantined,
      detail: t('dashboard.queue.quarantineDetail'),
      desk: null,
      states: ['quarantined'],
      urgent: counts.quarantined > 0,
    },
  ];
  return (
    <ul className="queues">
      {queues.map((queue) => (
        <li
          key={queue.id}
          className={`queue${queue.urgent ? ' is-urgent' : ''}${queue.count === 0 ? ' is-empty' : ''}`}
          data-queue={queue.id}
        >
          <span className="queue-count">{format.number(queue.count)}</span>
          <div className="queue-text">
            <span className="queue-title">{t(queue.title)}</span>
            <span className="queue-detail">{queue.detail}</span>
          </div>
          <div className="queue-links">
            {queue.desk ? (
              <a href={`#/${queue.desk.route}`}>{t('dashboard.queue.desk', { desk: t(queue.desk.label) })}</a>
            ) : null}
            {queue.states.length > 0 ? (
              <a href={inventoryHref({ statuses: queue.states })}>{t('dashboard.queue.inventory')}</a>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
