import { COUNTED_STATES } from '../../../shared/domain/lifecycle';
import { formatNumber } from '../../../shared/format';
import { withCliStore } from '../with-store';
import type { CliContext } from '../context';

export function statsCommand(context: CliContext, options: { json?: boolean | undefined }): number {
  return withCliStore(context, 'read', (store) => {
    const counts = store.inventory.countsByStatus();
    if (options.json) {
      context.out(JSON.stringify(counts));
      return 0;
    }
    const { t } = context;
    const rows = COUNTED_STATES.map((state) => [t(`state.${state}`), counts[state]] as const);
    const total = rows.reduce((sum, [, count]) => sum + count, 0);
    const width = Math.max(...rows.map(([label]) => label.length), t('cli.statsTotal').length);
    context.out(t('cli.statsTitle'));
    for (const [label, count] of [...rows, [t('cli.statsTotal'), total] as const]) {
      context.out(`  ${label.padEnd(width)}  ${formatNumber(context.lang, count).padStart(9)}`);
    }
    return 0;
  });
}
