import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fileHarness, newSession, type Harness } from '../../helpers/api';
import type { WriterRequest } from '../../helpers/concurrent-writer';
import { laptop, setUpWorkshop } from '../../helpers/workshop';

let h: (Harness & { path: string }) | undefined;
afterEach(() => h?.close());

const WRITER = fileURLToPath(new URL('../../helpers/concurrent-writer.ts', import.meta.url));
/** Each side writes this many devices per turn, for this many turns, handing over after each one... */
const PER_TURN = 50;
const TURNS = 11;
/**
 * ...then this many more each, both at once. Kept short: a side that waits for the lock may wait until the other
 * has written all of its share, and that must stay well inside the 5 s busy timeout on a loaded machine.
 */
const AT_ONCE = 50;
const PER_SIDE = PER_TURN * TURNS + AT_ONCE;

interface Writer {
  /** Asks the other process to write `count` devices; resolves when it has. */
  write: (count: number) => Promise<void>;
  stop: () => Promise<void>;
}

function startWriter(args: string[]): Promise<Writer> {
  const child: ChildProcess = fork(WRITER, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const died = exited.then((code) => Promise.reject(new Error(`writer exited with ${code}`)));
  died.catch(() => undefined);
  const nextReply = () => Promise.race([new Promise<void>((resolve) => child.once('message', () => resolve())), died]);
  return nextReply().then(() => ({
    write: (count) => {
      const replied = nextReply();
      child.send({ write: count } satisfies WriterRequest);
      return replied;
    },
    stop: async () => {
      child.send('stop' satisfies WriterRequest);
      const code = await exited;
      if (code !== 0) throw new Error(`writer exited with ${code}`);
    },
  }));
}

/** Lengths of the runs of equal values: [1, 1, 2, 2, 2] gives [2, 3]. */
function runLengths(values: readonly number[]): number[] {
  const runs: number[] = [];
  let length = 0;
  values.forEach((value, index) => {
    length += 1;
    if (value !== values[index + 1]) {
      runs.push(length);
      length = 0;
    }
  });
  return runs;
}

describe('one database file, two connections', () => {
  it('interleaves writes from another process without losing a row or breaking the event chain', async () => {
    h = fileHarness();
    const harness = h;
    const w = setUpWorkshop(harness);
    const writer = await startWriter([harness.path, String(w.ids.tech), String(w.batchId), 'P']);
    const session = newSession();
    harness.call(session, 'session.signIn', { operatorId: w.ids.dso });
    let registered = 0;
    const writeHere = (count: number) => {
      for (let i = 0; i < count; i += 1, registered += 1) {
        harness.call(session, 'devices.register', {
          batchId: w.batchId,
          device: laptop(`M${registered}`, { drives: [] }),
        });
      }
    };
    for (let turn = 0; turn < TURNS; turn += 1) {
      writeHere(PER_TURN);
      await writer.write(PER_TURN);
    }
    // Both at once: each connection waits for the other's lock (busy timeout), whatever the scheduler does.
    const theirs = writer.write(AT_ONCE);
    await new Promise((resolve) => setImmediate(resolve));
    writeHere(AT_ONCE);
    await theirs;
    await writer.stop();

    expect(harness.call(session, 'inventory.countsByStatus', {}).received).toBe(2 * PER_SIDE);
    expect(harness.store.db.prepare('SELECT count(DISTINCT asset_tag) FROM devices').pluck().get()).toBe(2 * PER_SIDE);
    const operators = harness.store.db
      .prepare("SELECT operator_id FROM events WHERE type = 'device.registered' ORDER BY id")
      .pluck()
      .all() as number[];
    expect(operators).toHaveLength(2 * PER_SIDE);
    // The turns are in the log as they were handed over: 50 of ours, 50 of theirs, and so on.
    const turns = operators.slice(0, 2 * PER_TURN * TURNS);
    expect(runLengths(turns)).toEqual(Array(2 * TURNS).fill(PER_TURN));
    expect(turns.filter((_, index) => index % (2 * PER_TURN) === 0)).toEqual(Array(TURNS).fill(w.ids.dso));
    expect(turns.filter((_, index) => index % (2 * PER_TURN) === PER_TURN)).toEqual(Array(TURNS).fill(w.ids.tech));
    expect(harness.call(w.admin, 'events.verifyChain', {})).toMatchObject({
      ok: true,
      problem: null,
      checked: expect.any(Number),
    });
  }, 60_000);
});
