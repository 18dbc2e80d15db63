import { Agent, request } from 'node:https';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../main/hub/serve-hub';
import { deskCookieName } from '../../../main/hub/hub-server';
import { tempDir } from '../../helpers/api';
import { ScriptedDesk, seedHub, startTestHub, type TestHub } from '../../helpers/hub';

/**
 * A desk's kept-alive connection when the hub is busy just as the connection's idle limit passes (Node's server:
 * 5 s announced in `Keep-Alive: timeout=5`, closed after 6 s). A browser does not read that header: it sends its
 * next request on the connection it has. If the request has reached the hub before the hub got round to its idle
 * timer, the hub must answer it, not close the connection under it (the desk would see a reset: « hub lost »).
 */
let dir: { path: string; remove: () => void };
let hub: RunningHub;
let running: TestHub | undefined;

beforeAll(async () => {
  dir = tempDir('rebond-hub-keepalive-');
  seedHub(dir.path);
  running = await startTestHub(dir.path);
  hub = running.hub;
}, 60_000);

afterAll(async () => {
  await running?.close();
  dir?.remove();
});

/** The hub's idle limit for a kept-alive connection: Node's default 5 s and its 1 s margin. */
const IDLE_LIMIT_MS = 6_000;

interface Sent {
  status: number;
  reused: boolean;
}

/** `POST /api/session.state` on the browser-like agent (kept-alive connections, no use of the Keep-Alive hint). */
function state(agent: Agent, cookie: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${hub.origin}/api/session.state`,
      {
        method: 'POST',
        agent,
        timeout: 15_000,
        headers: { origin: hub.origin, 'content-type': 'application/json', cookie },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end('{}');
  });
}

/** Holds this thread (the hub's HTTPS server is in it, as in `rebond hub`) until `until` (performance.now()). */
function busyUntil(until: number): void {
  while (performance.now() < until) {
    // A long document's bookkeeping, many desks' TLS: the thread does not get round to its timers meanwhile.
  }
}

describe('a desk’s kept-alive connection to a busy hub', () => {
  it('answers a request that reached the hub while it was busy as the connection’s idle limit passed', async () => {
    const pairing = await new ScriptedDesk(hub.origin, hub.certificate).raw(
      'POST',
      '/pair',
      JSON.stringify({ code: hub.pairingCode().code, name: 'Poste occupé' }),
    );
    const credential = pairing.cookies.find((line) => line.startsWith(`${deskCookieName(hub.port)}=`));
    expect(credential).toBeDefined();
    const cookie = credential?.split(';')[0] ?? '';
    // As a browser: kept-alive connections, one at a time, with no idle limit of its own.
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: hub.certificate });
    try {
      const first = await state(agent, cookie);
      expect(first.status).toBe(200);
      const answeredAt = performance.now();
      // The next scan is due just before the idle limit; the thread is busy from a little before it until after it,
      // so when it gets round to its timers the scan is sent first, then the hub's idle timer is due.
      const second = new Promise<Sent>((resolve, reject) => {
        setTimeout(() => busyUntil(answeredAt + IDLE_LIMIT_MS + 300), IDLE_LIMIT_MS - 200);
        setTimeout(() => void state(agent, cookie).then(resolve, reject), IDLE_LIMIT_MS - 100);
      });
      const answered = await second;
      expect(answered.reused).toBe(true);
      expect(answered.status).toBe(200);
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('still closes a kept-alive connection that stays silent past its idle limit', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: hub.certificate });
    try {
      const socket = await new Promise<Socket>((resolve, reject) => {
        const req = request(`${hub.origin}/pair`, { method: 'GET', agent, timeout: 15_000 }, (res) => {
          res.resume();
          res.on('end', () => (req.socket ? resolve(req.socket) : reject(new Error('no socket'))));
        });
        req.on('timeout', () => req.destroy(new Error('timed out')));
        req.on('error', reject);
        req.end();
      });
      // Bounded: the hub closes it after its idle limit; 20 s is far past it.
      const closed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), IDLE_LIMIT_MS + 14_000);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      expect(closed).toBe(true);
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
