import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { documentBytesFor } from '../../../main/web/document-bytes';
import { createWebServer } from '../../../main/web/server';
import { memoryHarness, tempDir, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';

const TOKEN = 'launch-token-for-documents';
let h: Harness;
let w: DocumentWorkshop;
let server: Server;
let base: string;
let dir: { path: string; remove: () => void };

beforeEach(async () => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
  dir = tempDir();
  server = createWebServer({ api: h.api, token: TOKEN, staticDir: dir.path, documentBytes: (reference, operatorId) => documentBytesFor(h.store, reference, operatorId) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  h.close();
  dir.remove();
});

async function api(session: string, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const response = await fetch(`${base}${HTTP.apiPrefix}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP.tokenHeader]: TOKEN, [HTTP.sessionHeader]: session },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('the browser edition’s document route', () => {
  it('serves a generated document’s exact bytes as application/pdf to a signed-in tab holding the launch token', async () => {
    const device = erasedLaptop(h, w, 'PF1WEB01');
    const operatorId = (h.call(w.tech, 'session.state', {}).operator?.id ?? 0) as number;
    const session = 'tab-session-0001';
    expect((await api(session, 'session.signIn', { operatorId })).ok).toBe(true);
    const generated = await api(session, 'documents.generate', { kind: 'erasure-certificate', subject: { type: 'device', ids: [device.id] } });
    const reference = (generated.value as { reference: string }).reference;
    const stored = h.store.documents.content(reference);

    const url = (query: Record<string, string>, ref = reference) => `${base}${HTTP.documentsPrefix}${ref}.pdf?${new URLSearchParams(query).toString()}`;
    const ok = await fetch(url({ token: TOKEN, session }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toBe(`inline; filename="${reference}.pdf"`);
    expect(Buffer.from(await ok.arrayBuffer()).equals(stored ?? Buffer.alloc(0))).toBe(true);

    expect((await fetch(url({ session }))).status).toBe(401);
    expect((await fetch(url({ token: 'wrong', session }))).status).toBe(401);
    expect((await fetch(url({ token: TOKEN, session: 'tab-nobody-signed' }))).status).toBe(403);
    expect((await fetch(url({ token: TOKEN }))).status).toBe(403);
    expect((await fetch(url({ token: TOKEN, session }, 'CERT-2026-999999'))).status).toBe(404);
    expect((await fetch(url({ token: TOKEN, session }, '..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
  });
});
