/**
 * Child process for the concurrency test: registers devices through its own connection to the same file, as many
 * as each `{ write: n }` message asks, then answers `{ wrote: n }`; `'stop'` closes the store. The parent decides
 * when this side writes, so the interleaving is the parent's choice, not the scheduler's.
 */
import { createRebondApi, newSession } from '../../main/api';
import { openStore } from '../../main/store/store';

export type WriterRequest = { write: number } | 'stop';
export interface WriterReply {
  wrote: number;
}

const [path, operatorId, batchId, prefix] = process.argv.slice(2);
const store = openStore(path ?? '');
const api = createRebondApi(store);
const session = newSession();
api.call('session.signIn', { operatorId: Number(operatorId) }, session);
let registered = 0;

function write(count: number): void {
  for (let i = 0; i < count; i += 1) {
    const result = api.call(
      'devices.register',
      {
        batchId: Number(batchId),
        device: { kind: 'laptop', serial: `${prefix}${registered}`, make: 'HP', model: 'ProBook 450 G7' },
      },
      session,
    );
    if (!result.ok) {
      console.error(result.error);
      process.exit(1);
    }
    registered += 1;
  }
}

process.on('message', (request: WriterRequest) => {
  if (request === 'stop') {
    store.close();
    process.disconnect?.();
    return;
  }
  write(request.write);
  process.send?.({ wrote: request.write } satisfies WriterReply);
});
process.send?.('ready');
