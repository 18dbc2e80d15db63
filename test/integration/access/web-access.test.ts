import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { LAUNCH_CODE_TTL_MS } from '../../../main/web/launch-codes';
import { SESSION_IDLE_MS } from '../../../main/web/web-sessions';
import { harnessFor, type Harness } from '../../helpers/api';
import { setUpWorkshop, type Workshop } from '../../helpers/workshop';
import { startWebServer, type WebHarness } from '../../helpers/web';
import { openStore } from '../../../main/store/store';

let now: Date;
let h: Harness;
let w: Workshop;
let web: WebHarness;
const later = (ms: number) => (now = new Date(now.getTime() + ms));

beforeEach(async () => {
  now = new Date('2026-11-20T08:00:00Z');
  h = harnessFor(openStore(':memory:', { clock: () => now }));
  w = setUpWorkshop(h);
  web = await startWebServer(h, { maxSessions: 3 });
});
afterEach(async () => {
  await web.close();
  h.close();
});

const exchange = (code: unknown, headers: Record<string, string> = {}) =>
  fetch(`${web.base}${HTTP.openPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  });

describe('opening the browser edition', () => {
  it('exchanges a one-time code for an HttpOnly, SameSite=Strict cookie on /, once', async () => {
    const code = web.codes.issue();
    const first = await exchange(code);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(
      new RegExp(`^rebond_session_${web.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    const again = await exchange(code, { 'accept-language': 'en' });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.json()).toMatchObject({
      ok: false,
      error: {
        code: 'launch_code_invalid',
        message: expect.stringMatching(/^This opening link has already been used or has expired/),
      },
    });
  });

  it('refuses a code after two minutes, a made-up code, and a code not sent as JSON', async () => {
    const code = web.codes.issue();
    later(LAUNCH_CODE_TTL_MS);
    expect((await exchange(code)).status).toBe(401);
    expect((await exchange('x'.repeat(32))).status).toBe(401);
    expect((await exchange(42)).status).toBe(401);
    const form = await fetch(`${web.base}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ code: web.codes.issue() }),
    });
    expect(form.status).toBe(401);
    expect((await fetch(`${web.base}${HTTP.openPath}`)).status).toBe(405);
  });
});

describe('the session cookie', () => {
  it('is the only way in: no cookie, a forged one, or no "default" session are refused', async () => {
    expect(await web.api(null, 'session.state', {})).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'unauthorised' } },
    });
    expect(await web.api(null, 'session.signIn', { operatorId: w.ids.tech })).toMatchObject({ status: 401 });
    expect(await web.api(`rebond_session_${web.port}=default`, 'session.state', {})).toMatchObject({
      status: 401,
      body: { error: { code: 'session_ended' } },
    });
    const cookie = await web.open();
    expect(await web.api(cookie, 'session.state', {})).toMatchObject({ status: 200, body: { ok: true } });
    expect(await web.api(null, 'session.state', {}, { 'x-rebond-session': 'default' })).toMatchObject({ status: 401 });
  });

  it('keeps each browser’s operator to itself', async () => {
    const tech = await web.open();
    const other = await web.open();
    await web.api(tech, 'session.signIn', { operatorId: w.ids.tech });
    expect(await web.api(tech, 'session.state', {})).toMatchObject({
      body: { value: { operator: { id: w.ids.tech } } },
    });
    expect(await web.api(other, 'session.state', {})).toMatchObject({ body: { value: { operator: null } } });
  });

  it('is refused from another origin, even one on 127.0.0.1 (the same site), and without a JSON body', async () => {
    const cookie = await web.open();
    await web.api(cookie, 'session.signIn', { operatorId: w.ids.tech });
    const otherPort = `http://127.0.0.1:${web.port + 1}`;
    expect((await web.api(cookie, 'donors.list', {}, { origin: otherPort })).status).toBe(401);
    expect((await web.api(cookie, 'donors.list', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(401);
    expect((await web.api(cookie, 'donors.list', {}, { 'content-type': 'text/plain' })).status).toBe(401);
    expect(
      (await web.api(cookie, 'donors.list', {}, { origin: web.base, 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
    const forged = await fetch(`${web.base}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: otherPort },
      body: JSON.stringify({ code: web.codes.issue() }),
    });
    expect(forged.status).toBe(401);
  });

  it('ends after 12 hours unused; using it keeps it alive', async () => {
    const used = await web.open();
    const idle = await web.open();
    later(SESSION_IDLE_MS - 60_000);
    expect((await web.api(used, 'session.state', {})).status).toBe(200);
    later(60_000);
    expect(await web.api(idle, 'session.state', {})).toMatchObject({
      status: 401,
      body: { error: { code: 'session_ended' } },
    });
    expect((await web.api(used, 'session.state', {})).status).toBe(200);
  });

  it('makes room by ending the least recently used session', async () => {
    const [a, b, c] = [await web.open(), await web.open(), await web.open()];
    await web.api(a, 'session.state', {});
    const d = await web.open();
    expect((await web.api(b, 'session.state', {})).status).toBe(401);
    for (const cookie of [a, c, d]) expect((await web.api(cookie, 'session.state', {})).status).toBe(200);
  });

  it('is replaced when the same browser opens a new link', async () => {
    const before = await web.open();
    const response = await exchange(web.codes.issue(), { cookie: before });
    const after = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(after).not.toBe(before);
    expect((await web.api(before, 'session.state', {})).status).toBe(401);
    expect((await web.api(after, 'session.state', {})).status).toBe(200);
  });
});
