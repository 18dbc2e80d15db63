import { formatFileSize } from '../../../shared/domain/file-size';
import { backupOverview } from '../../services/backups';
import { withCliStore } from '../with-store';
import type { CliContext } from '../context';
import { formatDateTime, localeOf } from '../../../shared/format';
import { organisationTimeZone } from '../../documents/time-zone';

/** `rebond backups [--json]`: the backups of the configured folder, newest first, with their status. */
export function backupsCommand(context: CliContext, options: { json?: boolean | undefined }): number {
  return withCliStore(context, 'read', (store) => {
    const overview = backupOverview(store);
    if (options.json) {
      context.out(JSON.stringify({ folder: overview.folder, overdue: overview.overdue, backups: overview.backups }));
      return 0;
    }
    const { t } = context;
    context.out(t('cli.backupsFolder', { folder: overview.folder }));
    if (overview.backups.length === 0) context.out(t('cli.backupsNone', { folder: overview.folder }));
    const locale = localeOf(context.lang);
    const zone = organisationTimeZone(store);
    for (const record of overview.backups) {
      context.out(
        t('cli.backupsLine', {
          at: formatDateTime(context.lang, record.takenAt, zone),
          status: t(`backups.status.${record.status}`),
          reason: t(`backups.reason.${record.reason}`),
          size: formatFileSize(record.size, locale),
          file: record.file,
        }),
      );
      if (record.problem) {
        context.out(
          t('cli.backupsProblem', {
            problem: t(`backups.problem.${record.problem}`),
            detail: record.detail ? ` (${record.detail})` : '',
          }),
        );
      }
    }
    return 0;
  });
}
