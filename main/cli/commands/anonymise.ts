import { anonymiseDueAfterBackup } from '../../services/anonymise-run';
import { withCliStore } from '../with-store';
import type { CliContext } from '../context';

/** Anonymises everyone past the retention period (no open loan), as the app does at start-up, after a verified backup. */
export function anonymiseCommand(context: CliContext): number {
  return withCliStore(context, 'write', (store) => {
    const report = anonymiseDueAfterBackup(store, null);
    context.out(
      context.t('cli.anonymiseDone', { count: report.anonymised, months: report.afterMonths, kept: report.keptOpen }),
    );
    return 0;
  });
}
