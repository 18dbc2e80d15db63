import { useEffect } from 'react';
import { formatFileSize } from '../../../shared/domain/file-size';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useFormat } from '../../components/format';
import { Panel } from '../../components/Panel';
import { useToast } from '../../components/Toasts';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { limitOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { BackupList } from './BackupList';
import './backups.css';

interface BackupValues {
  folder: string;
  warnAfterDays: string;
}

const DAYS = limitOf('backups.saveSettings', 'warnAfterDays');

/** Administration → Backups: the last verified backup and where it is, the folder and warning settings, and « Sauvegarder maintenant ». */
export function BackupsPanel() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const overview = useApiQuery('backups.overview', {});
  // The answer is the overview as saved: it replaces the cached read. A backup taken refetches it (a new row).
  const saveSettings = useApiMutation('backups.saveSettings', {
    updates: (cache, saved) => cache.set('backups.overview', {}, () => saved),
  });
  const takeNow = useApiMutation('backups.takeNow');
  const { form, field, submit, problem, setProblem } = useContractForm<'backups.saveSettings', BackupValues>(
    'backups.saveSettings',
    { folder: '', warnAfterDays: '' },
  );
  const { reset } = form;

  useEffect(() => {
    if (overview.data)
      reset({ folder: overview.data.customFolder ?? '', warnAfterDays: String(overview.data.warnAfterDays) });
  }, [overview.data, reset]);

  const save = submit(async ({ folder, warnAfterDays }) => {
    const result = await saveSettings.run({
      folder: folder.trim() === '' ? null : folder,
      warnAfterDays: Number(warnAfterDays),
    });
    if (result.ok) toast(t('backups.saved'));
    return result;
  });

  const take = async () => {
    const result = await takeNow.run({});
    setProblem(result.ok ? null : result.error);
    if (result.ok)
      toast(t('backups.taken', { file: result.value.file, size: formatFileSize(result.value.size, format.locale) }));
  };

  const data = overview.data;
  const last = data?.lastVerified ?? null;
  return (
    <Panel
      title={t('backups.title')}
      bodyClassName="form-grid backups-panel"
      actions={
        <Button variant="primary" busy={takeNow.busy} disabled={!data} onClick={() => void take()}>
          {t('backups.takeNow')}
        </Button>
      }
    >
      <p className="lead">{t('backups.explain')}</p>
      <dl className="backups-last" data-testid="backups-last">
        <dt>{t('backups.last')}</dt>
        <dd>
          {last
            ? t('backups.lastValue', {
                at: format.dateTime(last.takenAt),
                size: formatFileSize(last.size, format.locale),
              })
            : t('backups.lastNone')}
        </dd>
        <dt>{t('backups.place')}</dt>
        <dd className="mono">{data ? data.folder : t('ui.loading')}</dd>
      </dl>
      <form
        className="form-grid two"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextField
          label={t('backups.folder')}
          hint={t('backups.folderHint', { folder: data?.defaultFolder ?? '' })}
          className="mono"
          {...field('folder', t('backups.folder'))}
        />
        <TextField
          label={t('backups.warnAfterDays')}
          type="number"
          min={DAYS.minimum}
          max={DAYS.maximum}
          {...field('warnAfterDays', t('backups.warnAfterDays'))}
        />
        <div className="form-actions">
          <Button type="submit" busy={saveSettings.busy} disabled={!data}>
            {t('ui.save')}
          </Button>
        </div>
      </form>
      <ErrorBanner error={problem ?? overview.error} onDismiss={() => setProblem(null)} />
      {data ? <BackupList backups={data.backups} /> : null}
      <p className="muted">{t('backups.restoreHint')}</p>
    </Panel>
  );
}
