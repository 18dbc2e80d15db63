import { afterEach, describe, expect, it } from 'vitest';
import { write } from '../../../main/services/unit-of-work';
import { openStore, type Store } from '../../../main/store/store';

let store: Store;
afterEach(() => store.close());

function logSome(count: number): void {
  write(store, null, (tx) => {
    for (let i = 1; i <= count; i += 1)
      tx.record('device', i, 'device.registered', { assetTag: `RB-${i}`, note: 'é€' });
  });
}

/** A person with the file can drop the triggers; the chain must still tell. */
function tamper(sql: string): void {
  store.db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;');
  store.db.exec(sql);
}

describe('the event chain', () => {
  it('verifies an untouched log, including one written in several transactions', () => {
    store = openStore(':memory:');
    logSome(5);
    logSome(3);
    expect(store.events.verify()).toEqual({ ok: true, checked: 8, firstBadEventId: null, problem: null });
  });

  it('detects an edited payload', () => {
    store = openStore(':memory:');
    logSome(5);
    tamper(`UPDATE events SET payload = '{"assetTag":"RB-999"}' WHERE id = 3`);
    expect(store.events.verify()).toMatchObject({ ok: false, firstBadEventId: 3, problem: 'edited' });
  });

  it('detects an edited operator or time even with the hash recomputed for that row alone', () => {
    store = openStore(':memory:');
    logSome(5);
    tamper(`UPDATE events SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2`);
    expect(store.events.verify()).toMatchObject({ ok: false, firstBadEventId: 2 });
  });

  it('detects a removed event', () => {
    store = openStore(':memory:');
    logSome(5);
    tamper('DELETE FROM events WHERE id = 2');
    expect(store.events.verify()).toMatchObject({ ok: false, firstBadEventId: 3, problem: 'missing_or_reordered' });
  });

  it('detects reordered events', () => {
    store = openStore(':memory:');
    logSome(4);
    tamper(
      'UPDATE events SET id = -2 WHERE id = 2; UPDATE events SET id = 2 WHERE id = 3; UPDATE events SET id = 3 WHERE id = -2;',
    );
    expect(store.events.verify()).toMatchObject({ ok: false, firstBadEventId: 2, problem: 'missing_or_reordered' });
  });

  it('detects events cut off the end', () => {
    store = openStore(':memory:');
    logSome(5);
    tamper('DELETE FROM events WHERE id >= 4');
    expect(store.events.verify()).toMatchObject({ ok: false, checked: 3, problem: 'truncated' });
  });

  it('writes nothing when the change fails: events and data go together', () => {
    store = openStore(':memory:');
    logSome(2);
    expect(() =>
      write(store, null, (tx) => {
        tx.record('device', 1, 'device.updated', {});
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(store.events.verify()).toEqual({ ok: true, checked: 2, firstBadEventId: null, problem: null });
  });
});
