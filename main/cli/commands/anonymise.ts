import { anonymiseDue } from '../../services/privacy';
import { openStore } from '../../store/store';
import { requireDatabase, type CliContext } from '../context';

/** Anonymises everyone past the retention period (no open loan), as the app does at start-up. */
export function anonymiseCommand(context: CliContext): number {
  requireDatabase(context);
  const store = openStore(context.databasePath);
  try {
    const report = anonymiseDue(store, null);
    context.out(context.t('cli.anonymiseDone', { count: report.anonymised, months: report.afterMonths, kept: report.keptOpen }));
    return 0;
  } finally {
    store.close();
  }
}
