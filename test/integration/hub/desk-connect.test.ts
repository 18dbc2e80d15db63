import { createServer, type Server } from 'node:https';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebondApi } from '../../../main/api';
import { deskMain } from '../../../main/cli/commands/desk';
import { desktopDeskSettingHandlers } from '../../../main/electron/desk-setting-handlers';
import { pairingNotice, pairWithHub } from '../../../main/electron/own-hub-desk';
import { openStore } from '../../../main/store/store';
import {
  CERTIFICATE_ACCEPT,
  CERTIFICATE_REFUSE,
  certificateVerdict,
  deskStart,
} from '../../../main/electron/desk-mode';
import { probeHubCertificate } from '../../../main/platform/hub-certificate-probe';
import { deskCookieName } from '../../../main/hub/hub-server';
import type { RunningHub } from '../../../main/hub/serve-hub';
import { readDeskSetting } from '../../../main/platform/desk-setting-file';
import { groupFingerprint } from '../../../shared/format/fingerprint';
import type { Result } from '../../../shared/contract';
import { memoryHarness, tempDir, type Harness } from '../../helpers/api';
import { setUpWorkshop } from '../../helpers/workshop';
import { HUB_ADDRESS, ScriptedDesk, seedHub, startTestHub, type TestHub } from '../../helpers/hub';

/**
 * A desktop desk set up against the real hub on 127.0.0.2 (loopback only): the fingerprint the desk reads from the
 * TLS handshake is the hub's, a person confirms it in two steps, the setting then pins that certificate only, and
 * another machine on the hub's address with another certificate is refused.
 */
let hubDir: { path: string; remove: () => void };
let deskDir: { path: string; remove: () => void };
let hub: RunningHub;
let running: TestHub | undefined;
let impostor: Server;
let impostorOrigin = '';

async function desk(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await deskMain(
    [...argv, '--data-dir', deskDir.path],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  hubDir = tempDir('rebond-hub-desk-');
  deskDir = tempDir('rebond-desk-');
  seedHub(hubDir.path);
  running = await startTestHub(hubDir.path);
  hub = running.hub;
  // Another machine answering on the hub's network with a certificate of its own.
  const other = await generate([{ name: 'commonName', value: 'Rebond hub' }], { keyType: 'ec' });
  impostor = createServer({ cert: other.cert, key: other.private }, (_request, response) => response.end('{}'));
  await new Promise<void>((resolve) => impostor.listen(0, HUB_ADDRESS, resolve));
  const address = impostor.address();
  impostorOrigin = `https://${HUB_ADDRESS}:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  await running?.close();
  await new Promise((resolve) => impostor?.close(resolve));
  hubDir?.remove();
  deskDir?.remove();
});

describe('a desktop desk of the hub', () => {
  it('reads the hub’s own fingerprint from the handshake, the one the hub announces on GET /pair', async () => {
    const presented = await probeHubCertificate(hub.origin);
    expect(presented.fingerprint).toBe(hub.fingerprint);
    const browser = new ScriptedDesk(hub.origin, hub.certificate);
    const identity = await browser.raw('GET', '/pair');
    expect(JSON.parse(identity.body)).toEqual({ ok: true, value: { fingerprint: hub.fingerprint } });
  });

  it('shows the fingerprint in groups first, and saves the hub only once the same one is confirmed', async () => {
    const address = hub.origin.replace('https://', '');
    const shown = await desk('connect', address);
    expect(shown.code).toBe(1);
    expect(shown.out).toContain(groupFingerprint(hub.fingerprint));
    expect(readDeskSetting(deskDir.path).state).toBe('absent');

    const confirmed = await desk('connect', address, '--fingerprint', groupFingerprint(hub.fingerprint));
    expect(confirmed).toMatchObject({ code: 0, err: '' });
    const { setting } = readDeskSetting(deskDir.path);
    expect(setting.connection).toEqual({ kind: 'hub', origin: hub.origin, fingerprint: hub.fingerprint });
    expect((await desk()).out).toContain(groupFingerprint(hub.fingerprint));

    // The shell then opens the hub and accepts exactly the certificate it presents, and no other.
    const start = deskStart(setting, null);
    expect(start.kind === 'hub' && start.url).toBe(`${hub.origin}/`);
    const pin = start.kind === 'hub' ? start.pin : null;
    const real = await probeHubCertificate(hub.origin);
    const other = await probeHubCertificate(impostorOrigin);
    expect(certificateVerdict({ hostname: HUB_ADDRESS, pem: real.pem }, pin)).toBe(CERTIFICATE_ACCEPT);
    expect(certificateVerdict({ hostname: HUB_ADDRESS, pem: other.pem }, pin)).toBe(CERTIFICATE_REFUSE);
  });

  it('refuses a machine presenting another certificate than the confirmed one, and changes nothing', async () => {
    const before = readDeskSetting(deskDir.path);
    const refused = await desk('connect', impostorOrigin, '--fingerprint', hub.fingerprint);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('autre certificat');
    expect(readDeskSetting(deskDir.path)).toEqual(before);
  });

  it('pairs with the hub’s code under the cookie name the shell keeps', async () => {
    const browser = new ScriptedDesk(hub.origin, hub.certificate);
    const answer = await browser.raw(
      'POST',
      '/pair',
      JSON.stringify({ code: hub.pairingCode().code, name: 'Poste bureau' }),
    );
    expect(JSON.parse(answer.body).ok).toBe(true);
    expect(answer.cookies.some((line) => line.startsWith(`${deskCookieName(hub.port)}=`))).toBe(true);
  });

  it('sets and clears acting as hub, refusing an address it cannot listen on', async () => {
    expect(await desk('act-as-hub', 'hub.lan:8443')).toMatchObject({ code: 2 });
    expect((await desk('act-as-hub', '0.0.0.0:8443')).code).toBe(0);
    expect(readDeskSetting(deskDir.path).setting.actAsHub).toEqual({ listen: '0.0.0.0:8443' });
    expect((await desk('act-as-hub', 'off')).code).toBe(0);
    expect((await desk('local')).code).toBe(0);
    expect(readDeskSetting(deskDir.path).setting).toMatchObject({ connection: { kind: 'local' }, actAsHub: null });
  });

  it('says in words when the hub does not answer', async () => {
    const closed = await desk('connect', `${HUB_ADDRESS}:1`, '--lang', 'en');
    expect(closed.code).toBe(1);
    expect(closed.err).toContain('does not answer');
  });

  it('is set from the desktop app’s Administration through the gate, and refused by the other editions', async () => {
    const browserEdition = memoryHarness();
    const refused = browserEdition.refuse(setUpWorkshop(browserEdition).admin, 'deskSetting.get', {});
    expect(refused.code).toBe('desk_setting_desktop_only');
    browserEdition.close();

    const local = tempDir('rebond-desk-app-');
    const store = openStore(':memory:');
    const api = createRebondApi(store, () => undefined, desktopDeskSettingHandlers(local.path));
    const call: Harness['call'] = (session, method, input) => {
      const result = api.call(method, input, session);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Result<typeof method>;
    };
    try {
      const { admin, tech } = setUpWorkshop({
        store,
        api,
        call,
        refuse: browserEdition.refuse,
        close: () => undefined,
      });
      const address = hub.origin.replace('https://', '');
      const presented = await api.callAsync('deskSetting.probeHub', { hubAddress: address }, admin);
      expect(presented).toEqual({ ok: true, value: { origin: hub.origin, fingerprint: hub.fingerprint } });
      const mismatch = await api.callAsync(
        'deskSetting.save',
        { hub: { hubAddress: impostorOrigin, fingerprint: hub.fingerprint }, actAsHub: null },
        admin,
      );
      expect(!mismatch.ok && mismatch.error).toMatchObject({ code: 'hub_fingerprint_mismatch', field: 'fingerprint' });
      expect(readDeskSetting(local.path).state).toBe('absent');
      const badListen = await api.callAsync('deskSetting.save', { hub: null, actAsHub: 'hub.lan:8443' }, admin);
      expect(!badListen.ok && badListen.error).toMatchObject({ code: 'listen_address_invalid', field: 'actAsHub' });
      const saved = await api.callAsync(
        'deskSetting.save',
        { hub: { hubAddress: address, fingerprint: groupFingerprint(hub.fingerprint) }, actAsHub: '0.0.0.0:8443' },
        admin,
      );
      expect(saved.ok).toBe(true);
      expect(readDeskSetting(local.path).setting).toEqual({
        version: 1,
        connection: { kind: 'hub', origin: hub.origin, fingerprint: hub.fingerprint },
        actAsHub: { listen: '0.0.0.0:8443' },
      });
      const notAdmin = await api.callAsync('deskSetting.get', {}, tech);
      expect(!notAdmin.ok && notAdmin.error.code).toBe('forbidden_role');
    } finally {
      store.close();
      local.remove();
    }
  });

  it('pairs the app’s own window with its own hub, over the pinned certificate only', async () => {
    const code = hub.pairingCode();
    const notice = pairingNotice('fr', code, hub.fingerprint);
    expect(notice).toContain(code.code);
    expect(notice).toContain(groupFingerprint(hub.fingerprint));
    const own = { origin: hub.origin, certificate: hub.certificate, fingerprint: hub.fingerprint };
    const secret = await pairWithHub(own, code.code, 'Poste du hub');
    expect(secret).toMatch(/^[\w-]{40,}$/);
    const answer = await new ScriptedDesk(hub.origin, hub.certificate).raw('POST', '/api/session.state', '{}', {
      'x-rebond-desk': secret ?? '',
    });
    expect(JSON.parse(answer.body).ok).toBe(true);
    // A used code pairs nothing; another certificate than the pinned one is never talked to.
    expect(await pairWithHub(own, code.code, 'Encore')).toBeNull();
    const other = await probeHubCertificate(impostorOrigin);
    await expect(
      pairWithHub({ ...own, fingerprint: other.fingerprint }, hub.pairingCode().code, 'Intrus'),
    ).rejects.toThrow();
  });
});
