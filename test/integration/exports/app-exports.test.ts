import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportSettled } from '../../../main/services/exports';
import { actorFor } from '../../../main/services/people';
import type { ExportJob } from '../../../shared/contract/exports';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { startWebServer, type WebHarness } from '../../helpers/web';
import { makeReady } from '../../helpers/workshop';

let h: Harness;
let d: LendingDesk;
let web: WebHarness;

beforeEach(async () => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
  web = await startWebServer(h);
});
afterEach(async () => {
  await web.close();
  h.close();
});

async function signedIn(operatorId: number): Promise<string> {
  const cookie = await web.open();
  const answer = await web.api(cookie, 'session.signIn', { operatorId });
  expect(answer.body.ok).toBe(true);
  return cookie;
}

async function exportAs(cookie: string, operatorId: number, input: object): Promise<ExportJob> {
  const started = await web.api(cookie, 'exports.start', input);
  if (!started.body.ok) throw new Error(started.body.error.message);
  const job = started.body.value as ExportJob;
  return exportSettled(actorFor(h.store, operatorId), job.jobId);
}

describe('an export from the app', () => {
  it('is written by main, followed to the end, downloaded once by its operator only, without names for a technician', async () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const person = pupil(h, d, 'EL-2026-001');
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [laptopId],
    });
    const tech = await signedIn(d.ids.tech);
    const job = await exportAs(tech, d.ids.tech, { dataset: 'handovers', format: 'xlsx' });
    expect(job).toMatchObject({ state: 'done', written: 1, total: 1, fileName: 'rebond-handovers-2026-11-20.xlsx' });
    expect(job.downloadPath).toBe(`/exports/${job.jobId}.xlsx`);

    // Another operator's session finds nothing there.
    const admin = await signedIn(h.call(d.admin, 'session.state', {}).operator?.id ?? 0);
    const elsewhere = await fetch(`${web.base}${job.downloadPath}`, { headers: { cookie: admin } });
    expect(elsewhere.status).toBe(404);
    const statusForOther = await web.api(admin, 'exports.status', { jobId: job.jobId });
    expect(statusForOther.body.ok).toBe(false);

    const response = await fetch(`${web.base}${job.downloadPath}?name=${job.fileName}`, { headers: { cookie: tech } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rebond-handovers-2026-11-20.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('EL-2026-001');
    expect(cells.join('|')).not.toMatch(/Martin|Léa/);
    // Downloaded once: the file is gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${web.base}${job.downloadPath}`, { headers: { cookie: tech } })).status).toBe(404);
  });

  it('refuses a list the role may not export, in plain words', async () => {
    const tech = await signedIn(d.ids.tech);
    const refused = await web.api(tech, 'exports.start', { dataset: 'sims', format: 'csv' });
    expect(refused.body.ok).toBe(false);
    if (!refused.body.ok) expect(refused.body.error.code).toBe('forbidden_role');
  });
});
