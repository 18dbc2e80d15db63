import { ErasureStateBadge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { describeSubject } from './describe';
import type { ErasureSubject } from './subjects';
import { Panel } from '../../components/Panel';

/** Each drive (or the whole device) with its erasure state, and the button that opens its record. */
export function MediaList({
  subjects,
  current,
  onPick,
}: {
  subjects: readonly ErasureSubject[];
  current: string | null;
  onPick: (subject: ErasureSubject) => void;
}) {
  const t = useT();
  return (
    <Panel tone="desk" title={t('erasureDesk.media', { count: subjects.length })}>
      <ul className="desk-media" data-testid="erasure-media">
        {subjects.map((subject) => (
          <li
            key={subject.key}
            className={`desk-medium${subject.key === current ? ' is-current' : ''}`}
            data-state={subject.state}
          >
            <span className="desk-medium-name">{describeSubject(t, subject)}</span>
            <ErasureStateBadge state={subject.state} />
            {subject.state !== 'verified' && (
              <Button size="small" onClick={() => onPick(subject)} aria-pressed={subject.key === current}>
                {subject.state === 'pending_verification' ? t('erasureDesk.recordAgain') : t('erasureDesk.recordOne')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
