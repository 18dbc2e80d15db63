import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';

let run: BrowserRun;
beforeAll(async () => {
  run = await openBrowserEdition();
}, 60_000);
afterAll(async () => run?.close());

describe('browser edition', () => {
  it('serves the app and refuses an API call without the launch token', async () => {
    const refused = await run.page.evaluate(async () => {
      const response = await fetch('/api/session.state', { method: 'POST', body: '{}' });
      return { status: response.status, body: (await response.json()) as { ok: boolean; error: { code: string } } };
    });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const withToken = await run.page.evaluate(async (token) => {
      const response = await fetch('/api/session.state', { method: 'POST', body: '{}', headers: { 'x-rebond-token': token } });
      return (await response.json()) as { ok: boolean };
    }, run.server.token);
    expect(withToken.ok).toBe(true);
  });
});
