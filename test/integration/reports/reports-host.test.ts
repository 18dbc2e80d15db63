import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DonorReportFile } from '../../../shared/contract/donor-report';
import type { ProgrammeReportFile } from '../../../shared/contract/programme-report';
import { startApiWorker, type ApiWorker } from '../../../main/api-host/worker-transport';
import { pageCount } from '../../../main/documents/pdf';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { openStore } from '../../../main/store/store';
import { harnessFor, newSession, tempDir } from '../../helpers/api';
import { setUpLending } from '../../helpers/lending';
import { pdfText, plainSpaces } from '../../helpers/pdf';
import { laptop } from '../../helpers/workshop';

const DEVICES = 600;

let dir: ReturnType<typeof tempDir>;
let host: ApiWorker;
let donorId: number;
let programmeId: number;
let coordinatorId: number;
let receivedOn: string;

/** A data folder whose donor gave DEVICES laptops, closed again: the API host opens it itself. */
beforeEach(async () => {
  dir = tempDir('rebond-donor-host-');
  const dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  const h = harnessFor(openStore(join(dataDir, DATABASE_FILE)));
  const d = setUpLending(h);
  const devices = Array.from({ length: DEVICES }, (_, index) => laptop(`HOST-${String(index).padStart(4, '0')}`));
  h.call(d.tech, 'devices.registerMany', { batchId: d.batchId, devices });
  donorId = d.donorId;
  programmeId = d.programme;
  coordinatorId =
    h.call(d.admin, 'operators.list', {}).find((operator) => operator.name === 'Sophie Coordination')?.id ?? 0;
  receivedOn = (
    h.store.db.prepare('SELECT received_on AS day FROM batches WHERE id = ?').get(d.batchId) as { day: string }
  ).day;
  h.close();
  host = startApiWorker({ dataDir, edition: 'web', lang: 'fr' });
  expect((await host.client.started).op).toBe('ready');
});
afterEach(async () => {
  host.client.stop();
  await host.ended;
  dir.remove();
});

describe('the reports in the API host', () => {
  it('is drawn off the host’s thread: session.state is answered while the PDF of a long list is drawn', async () => {
    const session = newSession();
    expect((await host.client.callAsync('session.signIn', { operatorId: coordinatorId }, session)).ok).toBe(true);
    let reportDone = false;
    const report = host.client
      .callAsync('reports.donor', { donorId, from: receivedOn, to: receivedOn, format: 'pdf' }, session)
      .then((answer) => {
        reportDone = true;
        return answer;
      });
    const state = await host.client.callAsync('session.state', {}, session);
    expect(state.ok).toBe(true);
    expect(reportDone).toBe(false);
    const answer = await report;
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.value as DonorReportFile;
    expect(file).toMatchObject({ mimeType: 'application/pdf', devices: DEVICES });
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pageCount(pdf)).toBeGreaterThan(10);
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('RAPPORT AU DONATEUR — FONDATION ÉCLAIR');
    expect(text).toContain('HOST-0000');
    expect(text).toContain('HOST-0599');
  });

  it('has the programme report drawn by the render worker too: a PDF comes back through the host', async () => {
    const session = newSession();
    expect((await host.client.callAsync('session.signIn', { operatorId: coordinatorId }, session)).ok).toBe(true);
    const answer = await host.client.callAsync(
      'reports.programme',
      { programmeId, from: receivedOn, to: receivedOn, format: 'pdf' },
      session,
    );
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.value as ProgrammeReportFile;
    expect(file.mimeType).toBe('application/pdf');
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pageCount(pdf)).toBeGreaterThan(0);
    expect(plainSpaces(pdfText(pdf))).toContain(`${receivedOn.slice(8, 10)}/${receivedOn.slice(5, 7)}`);
  });
});
