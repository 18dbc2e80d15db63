import { join, resolve } from 'node:path';
import { formatFileSize } from '../../../shared/domain/file-size';
import { localeOf } from '../../../shared/format';
import { backupFolderOf } from '../../backup/folder';
import { backupNow } from '../../services/backups';
import { withCliStore } from '../with-store';
import type { CliContext } from '../context';

/** `rebond backup [--to DIR]`: a verified backup, read-only on the database (the app may be running). */
export function backupCommand(context: CliContext, options: { to?: string | undefined }): number {
  return withCliStore(context, 'read', (store) => {
    const folder = options.to === undefined ? backupFolderOf(store.db) : resolve(options.to);
    const record = backupNow(store, 'manual', folder);
    context.out(
      context.t('cli.backupDone', {
        path: join(folder, record.file),
        size: formatFileSize(record.size, localeOf(context.lang)),
        events: record.events ?? 0,
        sha256: record.sha256,
      }),
    );
    return 0;
  });
}
