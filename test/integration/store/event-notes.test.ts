import { afterEach, describe, expect, it } from 'vitest';
import { write } from '../../../main/services/unit-of-work';
import { noteDigest } from '../../../main/store/events';
import { openStore, type Store } from '../../../main/store/store';

let store: Store;
afterEach(() => store.close());

const NOTE = 'Perdu chez Mme Anselme Quintard';

function logWithNote(): void {
  write(store, null, (tx) => {
    tx.record('device', 1, 'lifecycle.report_lost', { from: 'allocated', to: 'lost_stolen', note: NOTE });
    tx.record('device', 1, 'lifecycle.recover', { from: 'lost_stolen', to: 'awaiting_erasure' });
  });
}

const payloadOf = (id: number) => store.db.prepare('SELECT payload FROM events WHERE id = ?').pluck().get(id) as string;

describe('notes typed with an action', () => {
  it('are kept beside the log with a salted fingerprint, and read back with their event', () => {
    store = openStore(':memory:');
    logWithNote();
    const stored = JSON.parse(payloadOf(1)) as Record<string, unknown>;
    expect(stored).toEqual({
      from: 'allocated',
      to: 'lost_stolen',
      noteSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(payloadOf(1)).not.toContain('Quintard');
    const { salt } = store.db.prepare('SELECT salt FROM event_notes WHERE event_id = 1').get() as { salt: string };
    expect(stored.noteSha256).toBe(noteDigest(salt, NOTE));
    expect(store.events.forEntity('device', 1).map((event) => event.payload)).toEqual([
      { from: 'lost_stolen', to: 'awaiting_erasure' },
      { ...stored, note: NOTE },
    ]);
    expect(store.events.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('may be deleted without breaking the chain, but not edited unseen', () => {
    store = openStore(':memory:');
    logWithNote();
    expect(() => store.db.exec("UPDATE event_notes SET text = 'x'")).toThrow(/never edited/);
    store.db.exec("DROP TRIGGER event_notes_no_update; UPDATE event_notes SET text = 'Perdu au collège'");
    expect(store.events.verify()).toMatchObject({ ok: false, firstBadEventId: 1, problem: 'edited' });
    store.db.exec('DELETE FROM event_notes');
    expect(store.events.verify()).toMatchObject({ ok: true, checked: 2 });
    expect(store.events.forEntity('device', 1)[1]?.payload).not.toHaveProperty('note');
  });
});
