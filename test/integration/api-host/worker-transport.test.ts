import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import type { ApiResult } from '../../../shared/errors';
import { startApiWorker, type ApiWorker } from '../../../main/api-host/worker-transport';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { openStore } from '../../../main/store/store';
import { LaunchCodes } from '../../../main/web/launch-codes';
import { createWebServer } from '../../../main/web/server';
import { startBrowserEdition, type RunningServer } from '../../../main/web/serve';
import { harnessFor, tempDir } from '../../helpers/api';
import { laptop, setUpWorkshop } from '../../helpers/workshop';

const LABELS = 120;

let dir: ReturnType<typeof tempDir>;
let dataDir: string;
let batchId: number;
let techId: number;

/** A data folder with a workshop and a batch of LABELS devices, closed again: the API host opens it itself. */
beforeEach(() => {
  dir = tempDir('rebond-host-');
  dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  const h = harnessFor(openStore(join(dataDir, DATABASE_FILE)));
  const w = setUpWorkshop(h);
  const devices = Array.from({ length: LABELS }, (_, index) => laptop(`HOST-${index}`));
  h.call(w.tech, 'devices.registerMany', { batchId: w.batchId, devices });
  batchId = w.batchId;
  techId = w.ids.tech;
  h.close();
});
afterEach(() => dir.remove());

/** Opens a browser session on `origin` with a fresh one-time code and returns a caller bound to its cookie. */
async function browserSession(origin: string, code: string) {
  const opened = await fetch(`${origin}${HTTP.openPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (method: string, input: unknown): Promise<{ status: number; body: ApiResult<unknown> }> => {
    const response = await fetch(`${origin}${HTTP.apiPrefix}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as ApiResult<unknown> };
  };
}

const labelsOfBatch = () => ({ kind: 'labels', subject: { type: 'batch', ids: [batchId] }, format: 'a4-3x8' });

describe('the browser edition, its API in a worker thread', () => {
  let running: RunningServer;
  beforeEach(async () => {
    running = await startBrowserEdition({ dataDir, port: 0, staticDir: dir.path });
  });
  afterEach(() => running.close());

  it('answers session.state while a large document is still being drawn, and the sign-in made through it stays with the browser session', async () => {
    const call = await browserSession(running.origin, running.issueLaunchCode());
    expect((await call('session.signIn', { operatorId: techId })).body.ok).toBe(true);
    let documentDone = false;
    const document = call('documents.generate', labelsOfBatch()).then((answer) => {
      documentDone = true;
      return answer;
    });
    const state = await call('session.state', {});
    expect(documentDone).toBe(false);
    expect(state.body).toMatchObject({ ok: true, value: { operator: { id: techId } } });
    const issued = await document;
    expect(issued.body).toMatchObject({ ok: true, value: { kind: 'labels', pages: Math.ceil(LABELS / 24) } });
  });

  it('answers session.state during a bulk intake, which is written by the intake worker; its refusals are translated and leave nothing behind', async () => {
    const call = await browserSession(running.origin, running.issueLaunchCode());
    expect((await call('session.signIn', { operatorId: techId })).body.ok).toBe(true);
    let intakeDone = false;
    const devices = Array.from({ length: 1500 }, (_, index) => laptop(`BULK-${index}`));
    const intake = call('devices.registerMany', { batchId, devices }).then((answer) => {
      intakeDone = true;
      return answer;
    });
    const state = await call('session.state', {});
    expect(intakeDone).toBe(false);
    expect(state.body.ok).toBe(true);
    expect((await intake).body).toMatchObject({ ok: true, value: { devices: { length: 1500 } } });
    expect((await call('inventory.count', { filter: {} })).body).toMatchObject({
      ok: true,
      value: { total: LABELS + 1500 },
    });

    const again = await call('devices.registerMany', {
      batchId,
      devices: [laptop('NEW-1'), laptop('HOST-3', { make: 'Dell' })],
    });
    expect(again.body).toMatchObject({ ok: false, error: { code: 'duplicate_serial', field: 'devices.1.serial' } });
    expect(!again.body.ok && again.body.error.message).toContain('HOST-3');
    expect((await call('inventory.count', { filter: {} })).body).toMatchObject({
      ok: true,
      value: { total: LABELS + 1500 },
    });
  });

  it('checks a bulk intake sent as JSON text with the contract where it runs: a bad field is refused by name, in the session’s language, nothing written', async () => {
    const call = await browserSession(running.origin, running.issueLaunchCode());
    expect((await call('session.signIn', { operatorId: techId })).body.ok).toBe(true);
    const devices = [laptop('TEXT-1'), { ...laptop('TEXT-2'), kind: 'toaster' }];
    const refused = await call('devices.registerMany', { batchId, devices });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'devices.1.kind' } });
    expect(!refused.body.ok && refused.body.error.message).toMatch(/ligne 2/i);
    expect((await call('inventory.count', { filter: {} })).body).toMatchObject({ ok: true, value: { total: LABELS } });
  });

  it('refuses a body that is not JSON with a 400, and a caller without the role before any worker sees the input', async () => {
    const call = await browserSession(running.origin, running.issueLaunchCode());
    const unsigned = await call('devices.registerMany', { batchId, devices: [laptop('ROLE-1')] });
    expect(unsigned.body).toMatchObject({ ok: false, error: { code: 'no_operator' } });
    const opened = await fetch(`${running.origin}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: running.issueLaunchCode() }),
    });
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await fetch(`${running.origin}${HTTP.apiPrefix}session.state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('an API host that stops', () => {
  let host: ApiWorker;
  let close: () => Promise<void>;
  let gone: string[];
  let origin: string;
  let codes: LaunchCodes;

  beforeEach(async () => {
    gone = [];
    host = startApiWorker({ dataDir, edition: 'web', lang: 'en' }, (reason) => gone.push(reason));
    expect((await host.client.started).op).toBe('ready');
    codes = new LaunchCodes(() => new Date());
    const server = createWebServer({ api: host.client, launchCodes: codes, staticDir: dir.path });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      host.client.stop();
      await host.ended;
    };
  });
  afterEach(() => close());

  it('turns the call under way and every later one into a clear refusal, and says why it stopped', async () => {
    const call = await browserSession(origin, codes.issue());
    expect((await call('session.signIn', { operatorId: techId })).body.ok).toBe(true);
    const underWay = call('documents.generate', labelsOfBatch());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await host.kill();

    const refused = await underWay;
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'api_unavailable' } });
    expect(!refused.body.ok && refused.body.error.message).toContain(
      'La partie de Rebond qui garde les données s’est arrêtée (exit code 1)',
    );
    const later = await call('session.state', {});
    expect(later).toMatchObject({ status: 503, body: { ok: false, error: { code: 'api_unavailable' } } });
    expect(gone).toHaveLength(1);
    expect(host.client.gone).toBe(gone[0]);
  });
});
