import { useFormat } from '../components/format';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';

/** On the dashboard: how many files the drop folder queued, with the way to them; nothing when none wait. */
export function ImportQueueNotice() {
  const t = useT();
  const format = useFormat();
  const queue = useApiQuery('imports.queue', {});
  const waiting = queue.data?.waiting ?? 0;
  if (waiting === 0) return null;
  return (
    <p className="notice" data-testid="import-queue-count">
      <a href="#/imports/queue">
        {t(`imports.ui.queueNotice.${format.plural(waiting)}`, { count: format.number(waiting) })}
      </a>
    </p>
  );
}
