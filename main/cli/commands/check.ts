import { checkRecordedHeads, type HeadsReport } from '../../backup/recorded-heads';
import { checkIntegrity, type IntegrityReport } from '../../store/integrity';
import { withCliStore } from '../with-store';
import type { CliContext } from '../context';

function headsResult(context: CliContext, heads: HeadsReport): string {
  const { t } = context;
  const first = heads.missing[0];
  if (!first) return heads.checked === 0 ? t('cli.headsNone') : t('cli.headsOk', { count: heads.checked });
  const params = { id: first.entry.id, at: first.entry.at, file: first.entry.file };
  return first.found === 'absent' ? t('cli.headMissing', params) : t('cli.headDifferent', params);
}

/** Prints what `check` found, one line per check; returns whether all passed. `restore` prints the same. */
export function printChecks(context: CliContext, report: IntegrityReport, heads: HeadsReport): boolean {
  const { t } = context;
  context.out(
    t('cli.checkIntegrity', {
      result: report.integrity.join('; ') === 'ok' ? t('cli.ok') : report.integrity.join('; '),
    }),
  );
  const firstBroken = report.foreignKeys[0];
  context.out(
    t('cli.checkForeignKeys', {
      result: firstBroken
        ? t('cli.foreignKeyProblems', {
            count: report.foreignKeys.length,
            table: firstBroken.table,
            row: firstBroken.rowid ?? '-',
          })
        : t('cli.ok'),
    }),
  );
  const { chain } = report;
  context.out(
    t('cli.checkChain', {
      result: chain.ok
        ? t('cli.chainOk', { count: chain.checked })
        : t('cli.chainBroken', {
            id: chain.firstBadEventId ?? 0,
            problem: t(`cli.chainProblem.${chain.problem ?? 'edited'}`),
          }),
    }),
  );
  context.out(t('cli.checkHeads', { result: headsResult(context, heads) }));
  const ok = report.ok && heads.missing.length === 0;
  if (!ok) context.out(t('cli.checkFailed'));
  return ok;
}

/**
 * Full integrity, foreign-key and event-chain checks, read-only, and the chain heads recorded with earlier
 * backups, which the log must still hold; exits 1 on any problem.
 */
export function checkCommand(context: CliContext): number {
  return withCliStore(context, 'read', (store) => {
    return printChecks(context, checkIntegrity(store), checkRecordedHeads(store.db)) ? 0 : 1;
  });
}
