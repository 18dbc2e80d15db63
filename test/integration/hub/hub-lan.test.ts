import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../main/hub/serve-hub';
import { CERTIFICATE_FILE, KEY_FILE } from '../../../main/hub/certificate';
import { tempDir } from '../../helpers/api';
import {
  HUB_ADDRESS,
  PASSWORD,
  ScriptedDesk,
  seedHub,
  startTestHub,
  type HubSeed,
  type TestHub,
} from '../../helpers/hub';
import { sampleFile } from '../../helpers/samples';

/**
 * The hub on 127.0.0.2 (loopback only), desks as scripted HTTPS clients trusting its certificate: pairing and
 * revocation, passwords and their limit, live updates, the same SIM card at two counters, a station's push.
 */
let dir: { path: string; remove: () => void };
let hub: RunningHub;
let running: TestHub | undefined;
let seed: HubSeed;
const lines: string[] = [];

async function pairedDesk(name: string): Promise<ScriptedDesk> {
  const desk = new ScriptedDesk(hub.origin, hub.certificate);
  const paired = await desk.pair(hub.pairingCode().code, name);
  expect(paired.ok).toBe(true);
  return desk;
}

async function signedIn(desk: ScriptedDesk, operatorId: number): Promise<void> {
  await desk.value('session.signIn', { operatorId, password: PASSWORD });
}

beforeAll(async () => {
  dir = tempDir('rebond-hub-');
  seed = seedHub(dir.path);
  running = await startTestHub(dir.path, (line) => lines.push(line));
  hub = running.hub;
}, 60_000);

afterAll(async () => {
  await running?.close();
  dir?.remove();
});

describe('the hub on the site network', () => {
  it('makes its certificate at first start, keeps it private and prints its fingerprint and a pairing code', () => {
    for (const file of [CERTIFICATE_FILE, KEY_FILE]) expect(statSync(join(dir.path, file)).mode & 0o777).toBe(0o600);
    expect(hub.origin).toBe(`https://${HUB_ADDRESS}:${hub.port}`);
    expect(lines.some((line) => line.includes(hub.fingerprint))).toBe(true);
    expect(hub.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(lines.some((line) => line.includes(hub.pairingCode().code))).toBe(true);
  });

  it('answers an unpaired browser only with the pairing page, and takes a pairing code once', async () => {
    const stranger = new ScriptedDesk(hub.origin, hub.certificate);
    const refused = await stranger.raw('POST', '/api/session.state', '{}');
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).error.code).toBe('desk_unpaired');
    const blank = await stranger.pair(hub.pairingCode().code, '   ');
    expect(!blank.ok && blank.error).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect(!blank.ok && blank.error.message).toContain('Nom');
    const wrong = await stranger.pair('AAAA-AAAA', 'Comptoir');
    expect(!wrong.ok && wrong.error.code).toBe('pairing_code_invalid');
    const code = hub.pairingCode().code;
    expect((await stranger.pair(code, 'Comptoir')).ok).toBe(true);
    expect((await stranger.call('session.state')).ok).toBe(true);
    const late = new ScriptedDesk(hub.origin, hub.certificate);
    const again = await late.pair(code, 'Autre');
    expect(!again.ok && again.error.code).toBe('pairing_code_invalid');
    expect(hub.pairingCode().code).not.toBe(code);
  });

  it('wants a password first at a desk, then lets a PIN-less switch only by password', async () => {
    const desk = await pairedDesk('Atelier');
    const state = await desk.value<{ desk: { unlocked: boolean } | null }>('session.state');
    expect(state.desk).toEqual({ unlocked: false });
    const noPassword = await desk.call('session.signIn', { operatorId: seed.ids.tech });
    expect(!noPassword.ok && noPassword.error.code).toBe('password_required');
    await signedIn(desk, seed.ids.tech);
    const after = await desk.value<{ desk: { unlocked: boolean }; operator: { id: number } }>('session.state');
    expect(after.desk.unlocked).toBe(true);
    expect(after.operator.id).toBe(seed.ids.tech);
    // The officer has no PIN: even at an unlocked desk they need their password.
    const pinLess = await desk.call('session.signIn', { operatorId: seed.ids.dso2 });
    expect(!pinLess.ok && pinLess.error.code).toBe('password_required');
  });

  it('limits wrong passwords with the PIN lockout: five free, then even the right one waits', async () => {
    const desk = await pairedDesk('Bureau');
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const answer = await desk.call('session.signIn', { operatorId: seed.ids.dso2, password: 'pas-le-bon-mot' });
      codes.push(answer.ok ? 'ok' : answer.error.code);
    }
    expect(codes).toEqual([...Array(4).fill('wrong_password'), 'password_locked', 'password_locked']);
    const right = await desk.call('session.signIn', { operatorId: seed.ids.dso2, password: PASSWORD });
    expect(!right.ok && right.error.code).toBe('password_locked');
    expect(!right.ok && right.error.message).toMatch(/réessayez à \d\d:\d\d:\d\d/);
  });

  it('tells another desk at once what a write changed', async () => {
    const officer = await pairedDesk('Responsable sécurité');
    await signedIn(officer, seed.ids.dso);
    const workshop = await pairedDesk('Atelier reconditionnement');
    await signedIn(workshop, seed.ids.tech);
    const stream = await workshop.live();
    try {
      expect(stream.status).toBe(200);
      await officer.value('erasure.verify', { erasureId: seed.erased.erasureId });
      expect(await stream.until(() => stream.changes.some((entities) => entities.includes('device')))).toBe(true);
      const device = await workshop.value<{ status: string }>('devices.get', { id: seed.erased.deviceId });
      expect(device.status).not.toBe('awaiting_verification');
    } finally {
      stream.close();
    }
  });

  it('decides the same SIM card handed out at two counters: one handover, one refusal naming it', async () => {
    const counters = [await pairedDesk('Comptoir 1'), await pairedDesk('Comptoir 2')];
    for (const counter of counters) await signedIn(counter, seed.ids.coordinator);
    const simId = seed.simIds[0] ?? 0;
    const answers = await Promise.all(
      counters.map((counter, index) =>
        counter.call<{ handover: { number: string } }>('handovers.create', {
          recipient: { type: 'beneficiary', beneficiaryId: seed.pupils[index] ?? 0 },
          programmeId: seed.programme,
          simIds: [simId],
        }),
      ),
    );
    const done = answers.filter((answer) => answer.ok);
    const refused = answers.filter((answer) => !answer.ok);
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const made = done[0]?.ok ? done[0].value.handover.number : '';
    const refusal = refused[0] && !refused[0].ok ? refused[0].error : null;
    // Nothing was handed out at the second counter, and the line refused names the first counter's handover.
    expect(refusal?.code).toBe('handover_refused');
    const line = refusal?.refusals?.[0];
    expect(line?.code).toBe('sim_already_allocated');
    expect(made).toMatch(/\d/);
    expect(line?.message).toContain(made);
  });

  it('lists paired desks for an administrator and revokes one at once, ending its live stream', async () => {
    const admin = await pairedDesk('Administration');
    await signedIn(admin, seed.ids.admin);
    const doomed = await pairedDesk('Poste perdu');
    const stream = await doomed.live();
    const desks = await admin.value<{ id: number; name: string; revokedAt: string | null }[]>('desks.list');
    const target = desks.find((desk) => desk.name === 'Poste perdu');
    expect(target?.revokedAt).toBeNull();
    await admin.value('desks.revoke', { deskId: target?.id ?? 0 });
    const after = await doomed.call('session.state');
    expect(!after.ok && after.error.code).toBe('desk_unpaired');
    expect(await stream.until(() => stream.isEnded)).toBe(true);
    const technician = await pairedDesk('Atelier 2');
    const forbidden = await technician.call('desks.list');
    expect(!forbidden.ok && forbidden.error.code).toBe('no_operator');
  });

  it('takes a wiping station’s push with its token into the import review queue, and refuses without one', async () => {
    const admin = await pairedDesk('Administration 2');
    await signedIn(admin, seed.ids.admin);
    const station = await admin.value<{ token: string; name: string }>('stations.create', { name: 'ShredOS établi 1' });
    const log = sampleFile('nwipe-single-drive/nwipe_log.txt');
    const script = new ScriptedDesk(hub.origin, hub.certificate);
    const bad = await script.raw('POST', '/station/push?name=nwipe_log.txt', Buffer.from(log.bytes), {
      authorization: 'Bearer nope',
      origin: '',
    });
    expect(bad.status).toBe(401);
    const pushed = await script.raw('POST', '/station/push?name=nwipe_log.txt', Buffer.from(log.bytes), {
      authorization: `Bearer ${station.token}`,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(pushed.status).toBe(200);
    expect(JSON.parse(pushed.body)).toEqual({ ok: true, value: { station: 'ShredOS établi 1', queued: true } });
    const queue = await admin.value<{ files: { fileName: string; origin: string }[] }>('imports.queue');
    expect(queue.files.some((file) => file.origin === 'hub' && file.fileName.endsWith('nwipe_log.txt'))).toBe(true);
  });
});
