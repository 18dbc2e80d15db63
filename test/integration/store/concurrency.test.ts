import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fileHarness, newSession, type Harness } from '../../helpers/api';
import { laptop, setUpWorkshop } from '../../helpers/workshop';

let h: (Harness & { path: string }) | undefined;
afterEach(() => h?.close());

const WRITER = fileURLToPath(new URL('../../helpers/concurrent-writer.ts', import.meta.url));
const PER_SIDE = 600;

function startWriter(args: string[]): { child: ChildProcess; ready: Promise<void>; done: Promise<void> } {
  const child = fork(WRITER, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`))));
  });
  return { child, ready, done };
}

describe('one database file, two connections', () => {
  it('interleaves writes from another process without losing a row or breaking the event chain', async () => {
    h = fileHarness();
    const w = setUpWorkshop(h);
    const writer = startWriter([h.path, String(w.ids.tech), String(w.batchId), 'P', String(PER_SIDE)]);
    await writer.ready;
    writer.child.send('go');
    const session = newSession();
    h.call(session, 'session.signIn', { operatorId: w.ids.dso });
    for (let i = 0; i < PER_SIDE; i += 1) {
      h.call(session, 'devices.register', { batchId: w.batchId, device: laptop(`M${i}`, { drives: [] }) });
      if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await writer.done;
    expect(h.call(session, 'inventory.countsByStatus', {}).received).toBe(2 * PER_SIDE);
    expect(h.store.db.prepare('SELECT count(DISTINCT asset_tag) FROM devices').pluck().get()).toBe(2 * PER_SIDE);
    // The two writers really took turns: the operator changes many times along the log.
    const operators = h.store.db
      .prepare("SELECT operator_id FROM events WHERE type = 'device.registered' ORDER BY id")
      .pluck()
      .all() as number[];
    const switches = operators.filter((id, index) => index > 0 && id !== operators[index - 1]).length;
    expect(switches).toBeGreaterThan(2);
    expect(h.call(w.admin, 'events.verifyChain', {})).toMatchObject({ ok: true, problem: null, checked: expect.any(Number) });
  }, 60_000);
});
