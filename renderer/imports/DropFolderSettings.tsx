import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';

/** The folder a wiping station writes to (a USB stick, a share): its files wait in the import queue. */
export function DropFolderSettings() {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const current = useApiQuery('imports.dropFolder', {});
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setFolder(current.data?.folder ?? ''), [current.data]);
  const save = async () => {
    const result = await call('imports.setDropFolder', { folder: folder.trim() === '' ? null : folder.trim() });
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('settings.saved'));
    current.reload();
  };
  return (
    <form
      className="panel-body form-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <TextField label={t('imports.ui.dropFolder')} hint={t('imports.ui.dropFolderHint')} value={folder} optional onChange={(event) => setFolder(event.target.value)} />
      <div>
        <Button type="submit">{t('imports.ui.saveDropFolder')}</Button>
      </div>
    </form>
  );
}
