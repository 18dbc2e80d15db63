import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebondApi } from '../../main/api';
import { desktopDeskSettingHandlers } from '../../main/electron/desk-setting-handlers';
import { startHub, type RunningHub } from '../../main/hub/serve-hub';
import { readDeskSetting } from '../../main/platform/desk-setting-file';
import { exportsFolder } from '../../main/services/exports';
import { openStore, type Store } from '../../main/store/store';
import { documentBytesFor } from '../../main/web/document-bytes';
import { LaunchCodes } from '../../main/web/launch-codes';
import { createWebServer } from '../../main/web/server';
import { WebSessions } from '../../main/web/web-sessions';
import { HTTP } from '../../shared/contract/client';
import { groupFingerprint } from '../../shared/format/fingerprint';
import { ARTIFACTS } from '../helpers/artifacts';
import { CHROMIUM } from '../helpers/browser';
import { HUB_ADDRESS, seedHub } from '../helpers/hub';
import { expectAccessible } from './helpers/axe';
import { setUpThroughUi } from './helpers/desks';

/**
 * Administration › Ce poste, as the desktop app shows it: the built renderer with a `window.rebond` bridge (the
 * preload's shape: one function per method) whose calls reach the real gate with the desktop app's own desk-setting
 * handlers. Only Electron's IPC is replaced, by HTTP on loopback (no Electron binary here). The hub it reads the
 * fingerprint of is the real one on 127.0.0.2.
 */
const RENDERER = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
let hub: RunningHub;
let store: Store;
let server: Server;
let base = '';
let codes: LaunchCodes;
let context: BrowserContext;
const dirs: string[] = [];
const made = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
let deskDir = '';

beforeAll(async () => {
  const hubDir = made('rebond-desk-e2e-hub-');
  seedHub(hubDir);
  hub = await startHub({ dataDir: hubDir, host: HUB_ADDRESS, port: 0, say: () => undefined });
  deskDir = made('rebond-desk-e2e-app-');
  store = openStore(join(deskDir, 'rebond.sqlite'));
  codes = new LaunchCodes(store.clock);
  server = createWebServer({
    api: createRebondApi(store, () => undefined, desktopDeskSettingHandlers(deskDir)),
    launchCodes: codes,
    sessions: new WebSessions({ clock: store.clock }),
    staticDir: RENDERER,
    documentBytes: (reference, operatorId) => documentBytesFor(store, reference, operatorId),
    exportsDir: exportsFolder(store),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = made('rebond-desk-e2e-profile-');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1366, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  store?.close();
  await hub?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the desktop app’s desk setting', () => {
  it('reads the hub’s fingerprint in groups, saves the hub only once it is confirmed', async () => {
    // The session cookie the browser edition's opening code gives; then the preload-shaped bridge over it.
    const opened = await fetch(`${base}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: codes.issue() }),
    });
    const [name, value] = (opened.headers.get('set-cookie')?.split(';')[0] ?? '').split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: base }]);
    await context.addInitScript(() => {
      const call = (method: string) => async (input: unknown) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
          body: JSON.stringify(input ?? {}),
        });
        return response.json();
      };
      Object.assign(window, { rebond: new Proxy({}, { get: (_target, method) => call(String(method)) }) });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/`);
    await setUpThroughUi(page, 'Rebond Lyon', 'Alice Admin', '1234');
    await page.evaluate(() => {
      window.location.hash = '#/admin/desk';
    });
    await page.getByRole('heading', { name: 'Ce poste et le hub du site' }).waitFor();
    await page
      .getByTestId('desk-setting-now')
      .getByText(/base de cet ordinateur/)
      .waitFor();

    await page.getByLabel('Ce poste travaille').selectOption('hub');
    await page.getByLabel('Adresse du hub').fill(hub.origin.replace('https://', ''));
    await page.getByRole('button', { name: 'Lire l’empreinte du hub' }).click();
    const shown = page.getByTestId('presented-fingerprint');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(groupFingerprint(hub.fingerprint));
    const save = page.getByRole('button', { name: 'Enregistrer' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel(/C’est la même, groupe par groupe/).check();
    await expectAccessible(page, 'Administration › Ce poste');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'desk-setting-hub.png'), fullPage: true });
    await save.click();
    await page.getByText(/pris en compte au prochain démarrage/).waitFor();
    expect(readDeskSetting(deskDir).setting.connection).toEqual({
      kind: 'hub',
      origin: hub.origin,
      fingerprint: hub.fingerprint,
    });
    await page.getByTestId('desk-setting-now').getByText(hub.origin).waitFor();

    // Acting as hub on an address this computer cannot listen on is refused, the field named, nothing written.
    await page.getByLabel(/Cette application est le hub du site/).check();
    await page.getByLabel('Adresse d’écoute du hub').fill('hub.lan:8443');
    await save.click();
    await page.getByText(/Adresse d’écoute du hub : attendu une adresse IP/).waitFor();
    expect(readDeskSetting(deskDir).setting.actAsHub).toBeNull();
  }, 120_000);
});
