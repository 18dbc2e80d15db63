import { seedDemo } from '../../demo/seed';
import { withCliStore } from '../with-store';
import { UsageError, wholeNumber, type CliContext } from '../context';

export function demoCommand(
  context: CliContext,
  options: { devices?: string | undefined; seed?: string | undefined },
): number {
  const devices = wholeNumber(context, 'devices', options.devices ?? '500', 1, 1_000_000);
  const seed = wholeNumber(context, 'seed', options.seed ?? '2020', 0, 2 ** 31);
  const started = performance.now();
  withCliStore(context, 'create', (store) => {
    // The demo brings its own people, sites and stock; mixed into a real warehouse it would be indistinguishable.
    if (store.people.operatorCount() > 0)
      throw new UsageError(context.t('cli.demoNotEmpty', { dir: context.dataDir }), false);
    const summary = seedDemo(store, { devices, seed });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    context.out(
      context.t('cli.demoDone', {
        devices: summary.devices,
        batches: summary.batches,
        path: context.databasePath,
        seconds,
      }),
    );
  });
  return 0;
}
