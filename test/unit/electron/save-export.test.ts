import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiSession } from '../../../main/api';
import { exportFileIn, saveExport, withExtension, type SaveAsRequest } from '../../../main/electron/save-export';
import { exportSettled } from '../../../main/services/exports';
import { actorFor } from '../../../main/services/people';
import { openStore } from '../../../main/store/store';
import type { ExportJob } from '../../../shared/contract/exports';
import type { ApiResult } from '../../../shared/errors';
import { harnessFor, type Harness } from '../../helpers/api';
import { makeReady } from '../../helpers/workshop';
import { setUpLending, type LendingDesk } from '../../helpers/lending';

/**
 * The desktop app's « Save as » for an export, decided without Electron: a real file database in a data folder, the
 * API's own `exports.start` and `exports.status`, and a « Save as » window that answers a path (or is cancelled).
 */
let dir: string;
let h: Harness;
let d: LendingDesk;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rebond-save-export-'));
  h = harnessFor(openStore(join(dir, 'rebond.sqlite')));
  d = setUpLending(h);
  makeReady(h, d, 'LAP-1');
});
afterEach(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

async function finishedExport(session: ApiSession, operatorId: number): Promise<ExportJob> {
  const started = h.call(session, 'exports.start', { dataset: 'inventory', format: 'xlsx' });
  return exportSettled(actorFor(h.store, operatorId), started.jobId);
}

function depsFor(session: ApiSession, answers: (string | null)[], asked: SaveAsRequest[] = []) {
  return {
    status: async (input: unknown) =>
      h.api.callAsync('exports.status', input, session) as Promise<ApiResult<ExportJob>>,
    dataDir: dir,
    operatorId: session.operatorId,
    lang: 'fr' as const,
    ask: async (request: SaveAsRequest) => {
      asked.push(request);
      return answers.shift() ?? null;
    },
  };
}

describe('saving an export from the desktop app', () => {
  it('offers main’s file name, copies the file where chosen, deletes it from the data folder, and only once', async () => {
    const job = await finishedExport(d.tech, d.ids.tech);
    const source = exportFileIn(dir, d.ids.tech, job);
    const written = readFileSync(source);
    const asked: SaveAsRequest[] = [];
    const target = join(dir, 'chosen', '..', 'inventaire-novembre');
    const saved = await saveExport({ jobId: job.jobId }, depsFor(d.tech, [target], asked));
    expect(asked).toEqual([{ fileName: job.fileName, format: 'xlsx' }]);
    // Typed without its extension (a Linux window allows it): the extension is added.
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'inventaire-novembre.xlsx' } });
    expect(readFileSync(`${target}.xlsx`).equals(written)).toBe(true);
    expect(existsSync(source)).toBe(false);

    const again = await saveExport({ jobId: job.jobId }, depsFor(d.tech, [join(dir, 'twice.xlsx')]));
    expect(again.ok ? null : again.error.code).toBe('not_found');
    expect(existsSync(join(dir, 'twice.xlsx'))).toBe(false);
  });

  it('keeps the file when the window is cancelled, so that « Enregistrer… » can save it later', async () => {
    const job = await finishedExport(d.tech, d.ids.tech);
    const cancelled = await saveExport({ jobId: job.jobId }, depsFor(d.tech, [null]));
    expect(cancelled).toEqual({ ok: true, value: { saved: false, fileName: null } });
    expect(existsSync(exportFileIn(dir, d.ids.tech, job))).toBe(true);
    const later = await saveExport({ jobId: job.jobId }, depsFor(d.tech, [join(dir, 'later.xlsx')]));
    expect(later).toEqual({ ok: true, value: { saved: true, fileName: 'later.xlsx' } });
  });

  it('refuses another operator’s job and a malformed id at the API’s gate, before any window opens', async () => {
    const job = await finishedExport(d.tech, d.ids.tech);
    const asked: SaveAsRequest[] = [];
    const other = await saveExport({ jobId: job.jobId }, depsFor(d.coord, [join(dir, 'x.xlsx')], asked));
    expect(other.ok ? null : other.error.code).toBe('not_found');
    const malformed = await saveExport({ jobId: '../../etc/passwd' }, depsFor(d.tech, [join(dir, 'y.xlsx')], asked));
    expect(malformed.ok ? null : malformed.error).toMatchObject({ code: 'invalid_input', field: 'jobId' });
    expect(asked).toEqual([]);
    expect(existsSync(exportFileIn(dir, d.ids.tech, job))).toBe(true);
  });

  it('says plainly when the folder chosen cannot be written, and keeps the file', async () => {
    const job = await finishedExport(d.tech, d.ids.tech);
    const refused = await saveExport({ jobId: job.jobId }, depsFor(d.tech, [join(dir, 'no-such-folder', 'a.xlsx')]));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'export_save_failed' });
    expect(refused.ok ? '' : refused.error.message).toContain('ENOENT');
    expect(existsSync(exportFileIn(dir, d.ids.tech, job))).toBe(true);
  });

  it('the browser edition refuses the call: it downloads instead', () => {
    expect(h.refuse(d.tech, 'exports.save', { jobId: '00000000-0000-4000-8000-000000000000' }).code).toBe(
      'save_as_desktop_only',
    );
  });

  it('keeps the extension a name already has, whatever its case', () => {
    expect(withExtension('/home/a/Inventaire.XLSX', 'xlsx')).toBe('/home/a/Inventaire.XLSX');
    expect(withExtension('/home/a/inventaire.csv', 'xlsx')).toBe('/home/a/inventaire.csv.xlsx');
  });
});
