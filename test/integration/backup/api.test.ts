import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../main/backup/catalogue';
import { dataFolder, filledStore, type DataFolder } from '../../helpers/backups';

let folder: DataFolder;
afterEach(() => folder.remove());

describe('the backups API (administrators)', () => {
  it('shows the folder and the last verified backup, and warns when it is older than the setting', () => {
    folder = dataFolder();
    let now = new Date('2026-12-03T09:00:00Z');
    const { h, d } = filledStore(folder, () => now);
    try {
      expect(h.call(d.admin, 'backups.overview', {})).toMatchObject({
        folder: folder.backups,
        customFolder: null,
        lastVerified: null,
        overdue: true,
        warnAfterDays: 2,
      });
      const taken = h.call(d.admin, 'backups.takeNow', {});
      expect(taken).toMatchObject({ status: 'verified', reason: 'manual' });
      now = new Date('2026-12-05T08:00:00Z');
      expect(h.call(d.admin, 'backups.overview', {})).toMatchObject({
        lastVerified: { file: taken.file },
        overdue: false,
      });
      now = new Date('2026-12-05T10:00:00Z');
      expect(h.call(d.admin, 'backups.overview', {}).overdue).toBe(true);
      h.call(d.admin, 'backups.saveSettings', { folder: null, warnAfterDays: 7 });
      expect(h.call(d.admin, 'backups.overview', {}).overdue).toBe(false);
    } finally {
      h.close();
    }
  });

  it('takes another folder only when it exists and can be written to, with a translated refusal', () => {
    folder = dataFolder();
    const { h, d } = filledStore(folder);
    try {
      expect(h.refuse(d.admin, 'backups.saveSettings', { folder: 'relative/path', warnAfterDays: 2 })).toMatchObject({
        code: 'backup_folder_not_absolute',
        field: 'folder',
      });
      const missing = h.refuse(d.admin, 'backups.saveSettings', { folder: join(folder.dir, 'nas'), warnAfterDays: 2 });
      expect(missing.message).toBe(
        `Le dossier des sauvegardes ${join(folder.dir, 'nas')} n’existe pas ou n’est pas accessible (disque débranché, partage réseau non monté ?). Créez-le ou choisissez-en un autre ; rien n’a été modifié.`,
      );
      // A file is not a folder.
      expect(h.refuse(d.admin, 'backups.saveSettings', { folder: folder.databasePath, warnAfterDays: 2 }).code).toBe(
        'backup_folder_missing',
      );
      expect(h.call(d.admin, 'backups.overview', {}).customFolder).toBeNull();

      const nas = join(folder.dir, 'nas');
      mkdirSync(nas);
      expect(h.call(d.admin, 'backups.saveSettings', { folder: nas, warnAfterDays: 3 })).toMatchObject({
        folder: nas,
        customFolder: nas,
        warnAfterDays: 3,
      });
      h.call(d.admin, 'backups.takeNow', {});
      expect(readCatalogue(nas)).toHaveLength(1);
      expect(h.store.events.recent(1)[0]).toMatchObject({ type: 'settings.backups_updated' });
    } finally {
      h.close();
    }
  });

  it('is for administrators only', () => {
    folder = dataFolder();
    const { h, d } = filledStore(folder);
    try {
      for (const session of [d.tech, d.coord, d.dso]) {
        expect(h.refuse(session, 'backups.overview', {}).code).toBe('forbidden_role');
        expect(h.refuse(session, 'backups.takeNow', {}).code).toBe('forbidden_role');
      }
      expect(readCatalogue(folder.backups)).toEqual([]);
    } finally {
      h.close();
    }
  });

  it('backs up before an anonymisation run asked for by a coordinator', () => {
    folder = dataFolder();
    const { h, d } = filledStore(folder);
    try {
      h.call(d.coord, 'privacy.anonymiseDue', {});
      expect(readCatalogue(folder.backups).map((record) => record.reason)).toEqual(['before_anonymisation']);
    } finally {
      h.close();
    }
  });
});
