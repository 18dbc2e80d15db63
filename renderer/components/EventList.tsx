import type { EventEntry } from '../../shared/contract/events';
import { useT } from '../i18n/useT';
import { describeEvent } from './describeEvent';
import { useFormat } from './format';

export interface EventListProps {
  events: readonly EventEntry[];
  /** Shows what each event is about (the device tag, the batch…); off on a page that is about one device. */
  showSubject?: boolean;
  /** Relative times (« il y a 5 minutes ») with the exact time on hover, or exact times. */
  relativeTime?: boolean;
  emptyText: string;
}

/** A timeline of events, newest first, each in a plain sentence with who did it and when. */
export function EventList({ events, showSubject = true, relativeTime = false, emptyText }: EventListProps) {
  const t = useT();
  const format = useFormat();
  if (events.length === 0) return <p className="empty">{emptyText}</p>;
  const now = Date.now();
  return (
    <ol className="timeline">
      {events.map((entry) => {
        const { text, note } = describeEvent(t, format, entry);
        return (
          <li key={entry.id} className="timeline-item" data-event-type={entry.type}>
            <time dateTime={entry.at} title={format.dateTime(entry.at)} className="timeline-time">
              {relativeTime ? format.ago(entry.at, now) : format.dateTime(entry.at)}
            </time>
            <div className="timeline-body">
              <p className="timeline-text">
                {showSubject && entry.subject ? (
                  entry.entity === 'device' ? (
                    <a className="tag-link" href={`#/device/${encodeURIComponent(entry.subject)}`}>
                      {entry.subject}
                    </a>
                  ) : (
                    <strong>{entry.subject}</strong>
                  )
                ) : null}
                <span>{text}</span>
                <span className="timeline-who">{entry.operator?.name ?? t('event.system')}</span>
              </p>
              {note ? <p className="timeline-note">{t('event.note', { note })}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
