import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyViewerFolder,
  prepareViewerFolder,
  VIEWER_FOLDER_NAME,
  writeForViewer,
} from '../../../main/electron/viewer-folder';
import { tempDir, removeAll } from '../../helpers/api';

const dirs: { path: string; remove: () => void }[] = [];
afterEach(() => removeAll(dirs));
const dataDir = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
};
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the folder of documents opened in the viewer', () => {
  it('is a private folder in the data folder, emptied at start, with owner-only files', () => {
    const data = dataDir();
    const dir = prepareViewerFolder(data);
    expect(dir).toBe(join(data, VIEWER_FOLDER_NAME));
    if (process.platform !== 'win32') expect(mode(dir)).toBe(0o700);

    const file = writeForViewer(dir, 'AGR-2026-000012', Buffer.from('%PDF-1.7 agreement'));
    expect(file).toBe(join(dir, 'AGR-2026-000012.pdf'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 agreement');
    if (process.platform !== 'win32') expect(mode(file)).toBe(0o600);

    // What a crashed run left, in a folder someone opened up, is gone at the next start and the mode restored.
    mkdirSync(join(dir, 'stray'));
    writeFileSync(join(dir, 'stray', 'x.pdf'), 'x');
    if (process.platform !== 'win32') chmodSync(dir, 0o755);
    expect(prepareViewerFolder(data)).toBe(dir);
    expect(readdirSync(dir)).toEqual([]);
    if (process.platform !== 'win32') expect(mode(dir)).toBe(0o700);
  });

  it('empties on quit, and a missing folder is nothing to empty', () => {
    const dir = prepareViewerFolder(dataDir());
    writeForViewer(dir, 'RCP-2026-000001', Buffer.from('a'));
    writeForViewer(dir, 'RET-2026-000002', Buffer.from('b'));
    expect(emptyViewerFolder(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
    expect(emptyViewerFolder(join(dir, 'missing'))).toEqual([]);
  });

  it('refuses anything but a document reference as the file name', () => {
    const dir = prepareViewerFolder(dataDir());
    for (const reference of ['../rebond', 'AGR-2026-1/../../x', '', 'agr-2026-000001', 'AGR-2026-000001.pdf']) {
      expect(() => writeForViewer(dir, reference, Buffer.from('x')), reference).toThrow(/not a document reference/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
