import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { memoryHarness, type Harness } from '../../helpers/api';
import { setUpLending, type LendingDesk } from '../../helpers/lending';
import { startWebServer, type WebHarness } from '../../helpers/web';

let h: Harness;
let d: LendingDesk;
let web: WebHarness;

beforeAll(async () => {
  h = memoryHarness();
  d = setUpLending(h);
  web = await startWebServer(h);
});
afterAll(async () => {
  await web.close();
  h.close();
});

describe('a NUL character in a search query', () => {
  const searches = [
    ['inventory.search', { query: 'RB-00\u00001' }],
    ['beneficiaries.search', { query: 'Dup\u0000ont' }],
    ['sims.list', { query: '8933\u0000' }],
  ] as const;

  for (const [method, input] of searches) {
    it(`${method} refuses it as invalid input naming the search field, in French and in English`, () => {
      const fr = h.refuse(d.coord, method, input);
      expect(fr).toMatchObject({ code: 'invalid_input', field: 'query' });
      expect(fr.message).toBe(
        'Recherche : contient un caractère de contrôle (par exemple un caractère nul) : retapez-le ou scannez-le à nouveau',
      );
      const en = h.refuse({ ...d.coord, lang: 'en' }, method, input);
      expect(en.message).toBe('Search: contains a control character (such as a NUL): type or scan it again');
    });
  }

  it('still finds with a clean query', () => {
    expect(h.call(d.coord, 'inventory.search', { query: 'RB-0' }).rows).toEqual(expect.any(Array));
    expect(h.call(d.coord, 'beneficiaries.search', { query: 'Dupont' })).toEqual([]);
  });
});

describe('a malformed % in an API path', () => {
  const post = (path: string, cookie: string | null) =>
    fetch(`${web.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: '{}',
    });

  it('POST /api/%E0%A4%A is a 400 with a JSON error in the session’s language, not a 500', async () => {
    const response = await post('/api/%E0%A4%A', await web.open());
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'method',
        message: 'Adresse de l’opération : encodage « % » invalide',
        params: { field: 'field.apiPath', detail: 'validation.bad_percent_encoding' },
      },
    });
  });

  it('GET is refused as a method not allowed, not a 500', async () => {
    expect((await fetch(`${web.base}/api/%E0%A4%A`)).status).toBe(405);
  });

  it('still asks for a session first', async () => {
    expect((await post('/api/%E0%A4%A', null)).status).toBe(401);
  });

  it('a malformed % in a document path or a page path is not found, not a 500', async () => {
    const cookie = await web.open();
    const operatorId = h.call(d.coord, 'session.state', {}).operator?.id ?? 0;
    const signIn = await web.api(cookie, 'session.signIn', { operatorId });
    expect(signIn.body.ok).toBe(true);
    expect((await fetch(`${web.base}${HTTP.documentsPrefix}%E0%A4%A.pdf`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(`${web.base}/%E0%A4%A`)).status).toBe(404);
  });
});
