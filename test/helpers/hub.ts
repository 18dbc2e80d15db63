import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { openDataStore } from '../../main/platform/open-data';
import { setPassword } from '../../main/services/hub/passwords';
import { actorFor } from '../../main/services/people';
import type { ApiResult } from '../../shared/errors';
import { startHub, type RunningHub } from '../../main/hub/serve-hub';
import { harnessFor, tempDir } from './api';
import { iccid, pupil, registerSims, setUpLending } from './lending';
import { eraseDrive, laptop } from './workshop';

/**
 * `rebond hub` on HUB_ADDRESS for a data folder, serving a one-line page as the renderer; `close` stops it and
 * removes that page's folder.
 */
export interface TestHub {
  hub: RunningHub;
  close: () => Promise<void>;
}

export async function startTestHub(dataDir: string, say: (line: string) => void = () => undefined): Promise<TestHub> {
  const staticDir = tempDir('rebond-hub-static-');
  writeFileSync(join(staticDir.path, 'index.html'), '<!doctype html><title>Rebond</title>');
  const hub = await startHub({ dataDir, host: HUB_ADDRESS, port: 0, staticDir: staticDir.path, say });
  return {
    hub,
    close: async () => {
      await hub.close();
      staticDir.remove();
    },
  };
}

/** The hub tests' address: a loopback address other than 127.0.0.1, as a second machine of the site would be. */
export const HUB_ADDRESS = '127.0.0.2';
export const PASSWORD = 'pomme-verte-42';

export interface HubSeed {
  ids: { admin: number; coordinator: number; tech: number; dso: number; dso2: number };
  programme: number;
  pupils: number[];
  simIds: number[];
  simIccid: string;
  /** A laptop whose erasure awaits the officer's verification, and that erasure. */
  erased: { deviceId: number; assetTag: string; erasureId: number };
}

/** A workshop with lending (test/helpers/lending.ts), every operator with a password, before the hub opens it. */
export function seedHub(dataDir: string): HubSeed {
  const h = harnessFor(openDataStore(dataDir));
  try {
    const desk = setUpLending(h);
    const coordinator = desk.coord.operatorId ?? 0;
    const ids = { ...desk.ids, coordinator };
    const admin = actorFor(h.store, ids.admin);
    for (const id of Object.values(ids)) setPassword(h.store, admin, id, PASSWORD);
    const sims = registerSims(h, desk, [1, 2]);
    const pupils = [pupil(h, desk, 'ELV-HUB-1').id, pupil(h, desk, 'ELV-HUB-2').id];
    const { device } = h.call(desk.tech, 'devices.register', { batchId: desk.batchId, device: laptop('SN-HUB-01') });
    const detail = h.call(desk.tech, 'devices.get', { id: device.id });
    const erasure = eraseDrive(h, desk.tech, device.id, detail.drives[0]?.id ?? 0, 'success');
    return {
      ids,
      programme: desk.programme,
      pupils,
      simIds: sims.map((sim) => sim.id),
      simIccid: iccid(1),
      erased: { deviceId: device.id, assetTag: detail.assetTag, erasureId: erasure.erasure.id },
    };
  } finally {
    h.close();
  }
}

/** A scripted desk's own limit for an unused kept-alive connection (the hub's hint lowers it, never raises it). */
const IDLE_CONNECTION_MS = 4_000;

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

/**
 * A scripted desk: HTTPS to the hub trusting its certificate, with the cookies a browser would keep (the desk's
 * credential, its session). Sends `Origin` like a browser page of the hub would, and keeps its connections open
 * between requests as a browser does (its own agent: one TLS handshake per connection, not per request).
 */
export class ScriptedDesk {
  private readonly jar = new Map<string, string>();
  private readonly agent: Agent;
  /** When each kept-alive connection last finished an answer: a failure says how long its connection had been idle. */
  private readonly lastAnswered = new WeakMap<Socket, number>();

  constructor(
    readonly origin: string,
    private readonly ca: string,
    /** A request not answered by then fails (bounded waits); the benchmark gives a long document more. */
    private readonly timeoutMs = 15_000,
  ) {
    // `timeout` is how long a kept-alive connection may stay unused before the desk closes it itself: the hub
    // announces 5 s (`Keep-Alive: timeout=5`) and Node's agent then keeps it 4 s, but only when this is set (with
    // none, Node 20 keeps idle connections for ever and reuses one the hub is closing). It must differ from the
    // request's timeout: when both are equal, Node leaves a reused connection with its idle timer (4 s) for the request.
    this.agent = new Agent({ keepAlive: true, maxSockets: 6, ca, timeout: IDLE_CONNECTION_MS });
  }

  /** Closes the desk's kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  raw(
    method: 'GET' | 'POST',
    path: string,
    body?: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.origin}${path}`,
        {
          method,
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: {
            origin: this.origin,
            'content-type': 'application/json',
            ...(cookie ? { cookie } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
            for (const line of cookies) {
              const [pair] = line.split(';');
              const at = pair?.indexOf('=') ?? -1;
              if (pair && at > 0) this.jar.set(pair.slice(0, at), pair.slice(at + 1));
            }
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies });
          });
        },
      );
      let socket: Socket | null = null;
      /** How long the connection had been unused when this request was given it. */
      let idleMs: number | null = null;
      req.on('socket', (opened) => {
        socket = opened;
        const last = this.lastAnswered.get(opened);
        idleMs = last === undefined ? null : performance.now() - last;
      });
      req.on('response', (res) => res.on('end', () => socket && this.lastAnswered.set(socket, performance.now())));
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        const connection = req.reusedSocket
          ? `on a kept-alive connection idle ${idleMs === null ? '?' : Math.round(idleMs)} ms`
          : 'on a new connection';
        reject(Object.assign(new Error(`${method} ${path}: ${error.message} ${connection}`), { code: error.code }));
      });
      req.end(body);
    });
  }

  async pair(code: string, name: string): Promise<ApiResult<{ deskId: number }>> {
    return JSON.parse((await this.raw('POST', '/pair', JSON.stringify({ code, name }))).body) as ApiResult<{
      deskId: number;
    }>;
  }

  async call<T = unknown>(method: string, input: unknown = {}): Promise<ApiResult<T>> {
    return JSON.parse((await this.raw('POST', `/api/${method}`, JSON.stringify(input))).body) as ApiResult<T>;
  }

  async value<T = unknown>(method: string, input: unknown = {}): Promise<T> {
    const result = await this.call<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  /** Opens the live stream: the events received, and a bounded wait for one. */
  live(): Promise<LiveStream> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.origin}/live`,
        { method: 'GET', ca: this.ca, headers: { origin: this.origin, cookie } },
        (res) => {
          const stream = new LiveStream(res.statusCode ?? 0, () => req.destroy());
          res.setEncoding('utf8');
          res.on('data', (text: string) => stream.feed(text));
          res.on('end', () => stream.ended());
          resolve(stream);
        },
      );
      req.on('error', (error) => reject(error));
      req.end();
    });
  }
}

export class LiveStream {
  readonly changes: string[][] = [];
  isEnded = false;
  private buffer = '';
  private waiters: (() => void)[] = [];

  constructor(
    readonly status: number,
    readonly close: () => void,
  ) {}

  feed(text: string): void {
    this.buffer += text;
    for (let at = this.buffer.indexOf('\n\n'); at >= 0; at = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, at);
      this.buffer = this.buffer.slice(at + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (block.includes('event: changed') && data)
        this.changes.push((JSON.parse(data.slice(6)) as { entities: string[] }).entities);
    }
    this.wake();
  }

  ended(): void {
    this.isEnded = true;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits, at most `ms`, until `ready` holds; says whether it did. */
  async until(ready: () => boolean, ms = 10_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }
}
