import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { createWebServer } from '../../../main/web/server';
import { memoryHarness, tempDir, type Harness } from '../../helpers/api';
import { setUpLending, type LendingDesk } from '../../helpers/lending';

const TOKEN = 'launch-token-for-bad-input';
let h: Harness;
let d: LendingDesk;
let server: Server;
let base: string;
const dir = tempDir();

beforeAll(async () => {
  h = memoryHarness();
  d = setUpLending(h);
  server = createWebServer({ api: h.api, token: TOKEN, staticDir: dir.path });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  h.close();
  dir.remove();
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
      expect(fr.message).toBe('Recherche : contient un caractère de contrôle (par exemple un caractère nul) : retapez-le ou scannez-le à nouveau');
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
  const call = (path: string, method: 'GET' | 'POST', token = TOKEN) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', [HTTP.tokenHeader]: token, 'accept-language': 'en-GB' },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });

  for (const method of ['GET', 'POST'] as const) {
    it(`${method} /api/%E0%A4%A is a 400 with a translated JSON error, not a 500`, async () => {
      const response = await call('/api/%E0%A4%A', method);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          field: 'method',
          message: 'Operation address: malformed “%” encoding',
          params: { field: 'field.apiPath', detail: 'validation.bad_percent_encoding' },
        },
      });
    });
  }

  it('still asks for the launch token first', async () => {
    expect((await call('/api/%E0%A4%A', 'POST', 'wrong')).status).toBe(401);
  });

  it('a malformed % in a document path or a page path is not found, not a 500', async () => {
    const session = 'tab-session-bad-percent';
    const operatorId = h.call(d.coord, 'session.state', {}).operator?.id ?? 0;
    const signIn = await fetch(`${base}${HTTP.apiPrefix}session.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HTTP.tokenHeader]: TOKEN, [HTTP.sessionHeader]: session },
      body: JSON.stringify({ operatorId }),
    });
    expect(((await signIn.json()) as { ok: boolean }).ok).toBe(true);
    expect((await fetch(`${base}${HTTP.documentsPrefix}%E0%A4%A.pdf?token=${TOKEN}&session=${session}`)).status).toBe(404);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(404);
  });
});
