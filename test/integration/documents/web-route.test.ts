import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { startWebServer, type WebHarness } from '../../helpers/web';

let h: Harness;
let w: DocumentWorkshop;
let web: WebHarness;

beforeEach(async () => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
  web = await startWebServer(h);
});
afterEach(async () => {
  await web.close();
  h.close();
});

describe('the browser edition’s document route', () => {
  it('serves a generated document’s exact bytes as application/pdf to a tab holding a signed-in session’s cookie', async () => {
    const device = erasedLaptop(h, w, 'PF1WEB01');
    const operatorId = (h.call(w.tech, 'session.state', {}).operator?.id ?? 0) as number;
    const cookie = await web.open();
    expect((await web.api(cookie, 'session.signIn', { operatorId })).body.ok).toBe(true);
    const generated = await web.api(cookie, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'device', ids: [device.id] },
    });
    const reference = (generated.body as { value: { reference: string } }).value.reference;
    const stored = h.store.documents.content(reference);

    const get = (withCookie: string | null, ref = reference) =>
      fetch(`${web.base}${HTTP.documentsPrefix}${ref}.pdf`, { headers: withCookie ? { cookie: withCookie } : {} });
    const ok = await get(cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toBe(`inline; filename="${reference}.pdf"`);
    expect(Buffer.from(await ok.arrayBuffer()).equals(stored ?? Buffer.alloc(0))).toBe(true);

    expect((await get(null)).status).toBe(401);
    expect((await get(`rebond_session_${web.port}=forged`)).status).toBe(401);
    expect((await get(await web.open())).status).toBe(403);
    expect((await get(cookie, 'CERT-2026-999999')).status).toBe(404);
    expect((await get(cookie, '..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
