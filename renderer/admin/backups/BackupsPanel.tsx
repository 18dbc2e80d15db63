import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { formatFileSize } from '../../../shared/domain/file-size';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useFormat } from '../../components/format';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { BackupList } from './BackupList';
import './backups.css';

/** Administration → Backups: the last verified backup and where it is, the folder and warning settings, and « Sauvegarder maintenant ». */
export function BackupsPanel() {
  const t = useT();
  const format = useFormat();
  const call = useApi();
  const toast = useToast();
  const overview = useApiQuery('backups.overview', {});
  const [folder, setFolder] = useState('');
  const [days, setDays] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [taking, setTaking] = useState(false);

  useEffect(() => {
    if (!overview.data) return;
    setFolder(overview.data.customFolder ?? '');
    setDays(String(overview.data.warnAfterDays));
  }, [overview.data]);

  const save = async () => {
    setSaving(true);
    const result = await call('backups.saveSettings', { folder: folder.trim() === '' ? null : folder, warnAfterDays: Number(days) });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('backups.saved'));
    overview.reload();
  };

  const takeNow = async () => {
    setTaking(true);
    const result = await call('backups.takeNow', {});
    setTaking(false);
    overview.reload();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('backups.taken', { file: result.value.file, size: formatFileSize(result.value.size, format.locale) }));
  };

  const data = overview.data;
  const last = data?.lastVerified ?? null;
  return (
    <section className="panel" aria-labelledby="backups-title">
      <div className="panel-header">
        <h2 id="backups-title">{t('backups.title')}</h2>
        <Button variant="primary" busy={taking} disabled={!data} onClick={() => void takeNow()}>
          {t('backups.takeNow')}
        </Button>
      </div>
      <div className="panel-body form-grid backups-panel">
        <p className="lead">{t('backups.explain')}</p>
        <dl className="backups-last" data-testid="backups-last">
          <dt>{t('backups.last')}</dt>
          <dd>{last ? t('backups.lastValue', { at: format.dateTime(last.takenAt), size: formatFileSize(last.size, format.locale) }) : t('backups.lastNone')}</dd>
          <dt>{t('backups.place')}</dt>
          <dd className="mono">{data ? data.folder : t('ui.loading')}</dd>
        </dl>
        <form
          className="form-grid two"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextField
            label={t('backups.folder')}
            hint={t('backups.folderHint', { folder: data?.defaultFolder ?? '' })}
            value={folder}
            onChange={(event) => setFolder(event.target.value)}
            invalid={isFieldInError(error, 'folder')}
            className="mono"
          />
          <TextField
            label={t('backups.warnAfterDays')}
            type="number"
            min={1}
            max={90}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            invalid={isFieldInError(error, 'warnAfterDays')}
          />
          <div className="form-actions">
            <Button type="submit" busy={saving} disabled={!data}>
              {t('ui.save')}
            </Button>
          </div>
        </form>
        <ErrorBanner error={error ?? overview.error} onDismiss={() => setError(null)} />
        {data ? <BackupList backups={data.backups} /> : null}
        <p className="muted">{t('backups.restoreHint')}</p>
      </div>
    </section>
  );
}
