import { checkIntegrity } from '../../store/integrity';
import { openStore } from '../../store/store';
import { requireDatabase, type CliContext } from '../context';

/** Full integrity, foreign-key and event-chain checks, read-only; exits 1 on any problem. */
export function checkCommand(context: CliContext): number {
  requireDatabase(context);
  const store = openStore(context.databasePath, { readonly: true });
  try {
    const report = checkIntegrity(store);
    const { t } = context;
    context.out(t('cli.checkIntegrity', { result: report.integrity.join('; ') === 'ok' ? t('cli.ok') : report.integrity.join('; ') }));
    const firstBroken = report.foreignKeys[0];
    context.out(
      t('cli.checkForeignKeys', {
        result: firstBroken
          ? t('cli.foreignKeyProblems', { count: report.foreignKeys.length, table: firstBroken.table, row: firstBroken.rowid })
          : t('cli.ok'),
      }),
    );
    const { chain } = report;
    context.out(
      t('cli.checkChain', {
        result: chain.ok
          ? t('cli.chainOk', { count: chain.checked })
          : t('cli.chainBroken', { id: chain.firstBadEventId ?? 0, problem: t(`cli.chainProblem.${chain.problem ?? 'edited'}`) }),
      }),
    );
    if (!report.ok) context.out(t('cli.checkFailed'));
    return report.ok ? 0 : 1;
  } finally {
    store.close();
  }
}
