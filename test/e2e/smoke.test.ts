import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';

let run: BrowserRun;
let openingUrl: string;
beforeAll(async () => {
  run = await openBrowserEdition();
  openingUrl = run.server.url;
}, 60_000);
afterAll(async () => run?.close());

describe('browser edition', () => {
  it('exchanges the opening link’s one-time code for an HttpOnly, SameSite=Strict session cookie', async () => {
    expect(openingUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]{20,}$/);
    expect(run.page.url()).not.toContain('code=');
    const cookies = await run.context.cookies(run.server.origin);
    expect(cookies).toEqual([
      expect.objectContaining({
        name: `rebond_session_${run.server.port}`,
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: false,
      }),
    ]);
    expect(await run.page.evaluate(() => document.cookie)).toBe('');
    await run.page.getByRole('heading', { name: 'Bienvenue dans Rebond' }).waitFor();
  });

  it('refuses an API call without the session cookie, and the used code a second time', async () => {
    const usedCode = new URL(openingUrl).hash.slice('#code='.length);
    const calls = await run.page.evaluate(async (code) => {
      const post = async (path: string, body: unknown, credentials: RequestCredentials) => {
        const response = await fetch(path, {
          method: 'POST',
          credentials,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
      };
      return {
        withoutCookie: await post('/api/session.state', {}, 'omit'),
        withCookie: await post('/api/session.state', {}, 'same-origin'),
        replayedCode: await post('/open', { code }, 'omit'),
      };
    }, usedCode);
    expect(calls.withoutCookie).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthorised' } } });
    expect(calls.withCookie).toMatchObject({ status: 200, body: { ok: true } });
    expect(calls.replayedCode).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'launch_code_invalid' } },
    });
  });

  it('says that an opening link already used must be replaced, once the browser has no session', async () => {
    await run.context.clearCookies();
    await run.page.goto('about:blank');
    await run.page.goto(openingUrl);
    await run.page
      .getByRole('alert')
      .filter({ hasText: 'Ce lien d’ouverture a déjà servi ou a expiré' })
      .waitFor({ timeout: 10_000 });
  });
});
