import { resolve } from 'node:path';
import { restoreBackup } from '../../backup/restore';
import { UsageError, type CliContext } from '../context';
import { printChecks } from './check';

/**
 * `rebond restore FILE`, with Rebond closed: the backup is verified, the current database kept aside, the backup
 * put in place and checked. Exits 0 when the restored database passes `check`, 1 on a refusal or a problem.
 */
export function restoreCommand(context: CliContext, file: string | undefined): number {
  if (file === undefined) throw new UsageError(context.t('cli.restoreUsage'));
  const report = restoreBackup(resolve(file), context.databasePath);
  if (report.safetyCopy) context.out(context.t('cli.restoreSafety', { path: report.safetyCopy }));
  context.out(context.t('cli.restoreDone', { at: report.takenAt ?? report.file, path: context.databasePath }));
  return printChecks(context, report.integrity, report.heads) ? 0 : 1;
}
