import { useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useFormat } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useApiFetch } from '../api/useApiFetch';
import { useT } from '../i18n/useT';
import type { ChosenFile } from './files';
import { ImportFlow } from './ImportFlow';

/** Files a wiping station left in the drop folder: each is opened in the import flow, or set aside. */
export function ReviewQueue() {
  const t = useT();
  const format = useFormat();
  const read = useApiFetch();
  const dismissFile = useApiMutation('imports.dismiss');
  const queue = useApiQuery('imports.queue', {});
  const [opened, setOpened] = useState<{ id: number; file: ChosenFile } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (opened) return <ImportFlow initialBatch={null} initialFiles={[opened.file]} queueIds={[opened.id]} />;
  const open = async (id: number) => {
    const result = await read('imports.queueFile', { id });
    if (result.ok) setOpened({ id, file: result.value });
    else setError(result.error);
  };
  const dismiss = async (id: number) => {
    const result = await dismissFile.run({ id });
    setError(result.ok ? null : result.error);
  };
  const waiting = queue.data?.waiting ?? 0;
  return (
    <div className="imports-page">
      <PageHeader
        title={t('imports.ui.queueTitle')}
        subtitle={t(`imports.ui.waiting.${format.plural(waiting)}`, { count: waiting })}
        focusOnMount
      />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <ul className="imports-queue">
        {(queue.data?.files ?? []).map((file) => (
          <li key={file.id}>
            <span className="mono">{file.fileName}</span> <span>{format.shortDay(file.receivedAt.slice(0, 10))}</span>{' '}
            <Button size="small" onClick={() => void open(file.id)}>
              {t('imports.ui.open')}
            </Button>{' '}
            <Button size="small" variant="ghost" onClick={() => void dismiss(file.id)}>
              {t('imports.ui.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
