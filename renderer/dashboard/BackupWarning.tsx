import { useApiQuery } from '../api/queries';
import { Notice } from '../components/Notice';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/** For an administrator: no verified backup for longer than the setting (Administration → Backups). */
function Warning() {
  const t = useT();
  const format = useFormat();
  const overview = useApiQuery('backups.overview', {});
  const data = overview.data;
  if (!data?.overdue) return null;
  const last = data.lastVerified;
  return (
    <Notice tone="warning" testId="backup-warning">
      {last
        ? t('backups.overdue.since', { at: format.dateTime(last.takenAt), days: data.warnAfterDays })
        : t('backups.overdue.never')}{' '}
      <a href="#/admin/backups">{t('backups.overdueOpen')}</a>
    </Notice>
  );
}

export function BackupWarning({ isAdmin }: { isAdmin: boolean }) {
  return isAdmin ? <Warning /> : null;
}
