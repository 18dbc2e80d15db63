import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { openAppStore } from '../../../main/platform/open-app-store';
import { openStore } from '../../../main/store/store';
import { harnessFor, tempDir } from '../../helpers/api';
import { pupil, setUpLending } from '../../helpers/lending';

const dir = tempDir();
afterEach(() => dir.remove());

describe('opening the app', () => {
  it('anonymises at start-up the people recorded longer ago than the retention period', () => {
    // Recorded three years ago, never lent anything: well past any retention period.
    const past = harnessFor(
      openStore(join(dir.path, DATABASE_FILE), { clock: () => new Date('2023-10-02T12:00:00Z') }),
    );
    const desk = setUpLending(past);
    const person = pupil(past, desk, 'OLD-1', { lastName: 'Oubliée' });
    past.close();

    const store = openAppStore(dir.path);
    const after = harnessFor(store);
    try {
      const kept = after.store.db
        .prepare('SELECT last_name, anonymised_at FROM beneficiaries WHERE id = ?')
        .get(person.id);
      expect(kept).toMatchObject({ last_name: null });
      expect((kept as { anonymised_at: string | null }).anonymised_at).not.toBeNull();
      expect(after.store.events.forEntity('beneficiary', person.id).map((event) => event.type)).toContain(
        'beneficiary.anonymised',
      );
    } finally {
      after.close();
    }
  });
});
