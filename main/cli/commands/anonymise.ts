import { backupBeforeMigration } from '../../backup/before-migration';
import { anonymiseDueAfterBackup } from '../../services/anonymise-run';
import { openStore } from '../../store/store';
import { requireDatabase, type CliContext } from '../context';

/** Anonymises everyone past the retention period (no open loan), as the app does at start-up, after a verified backup. */
export function anonymiseCommand(context: CliContext): number {
  requireDatabase(context);
  const store = openStore(context.databasePath, { beforeMigrate: backupBeforeMigration });
  try {
    const report = anonymiseDueAfterBackup(store, null);
    context.out(context.t('cli.anonymiseDone', { count: report.anonymised, months: report.afterMonths, kept: report.keptOpen }));
    return 0;
  } finally {
    store.close();
  }
}
