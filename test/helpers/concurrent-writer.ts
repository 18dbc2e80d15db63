/** Child process for the concurrency test: registers devices through its own connection to the same file. */
import { createRebondApi, newSession } from '../../main/api';
import { openStore } from '../../main/store/store';

const [path, operatorId, batchId, prefix, count] = process.argv.slice(2);
const store = openStore(path ?? '');
const api = createRebondApi(store);
const session = newSession();
api.call('session.signIn', { operatorId: Number(operatorId) }, session);
process.send?.('ready');
await new Promise((resolve) => process.once('message', resolve));
for (let i = 0; i < Number(count); i += 1) {
  const result = api.call(
    'devices.register',
    { batchId: Number(batchId), device: { kind: 'laptop', serial: `${prefix}${i}`, make: 'HP', model: 'ProBook 450 G7' } },
    session,
  );
  if (!result.ok) {
    console.error(result.error);
    process.exit(1);
  }
}
store.close();
process.disconnect?.();
