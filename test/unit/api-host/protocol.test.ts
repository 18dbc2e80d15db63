import { describe, expect, it } from 'vitest';
import { ApiHostClient } from '../../../main/api-host/client';
import { PendingReplies } from '../../../main/api-host/pending';
import type { HostRequest, ToHost } from '../../../main/api-host/protocol';
import { newSession } from '../../../main/api';

/** A client whose messages are kept, so the test plays the host. */
function clientWithSentMessages() {
  const sent: ToHost[] = [];
  const client = new ApiHostClient((message) => sent.push(message), 'fr');
  const request = (index: number) => sent[index] as HostRequest;
  return { client, sent, request };
}

describe('replies matched to their requests', () => {
  it('settles each request with the reply of its own id, in whatever order the replies come', async () => {
    const pending = new PendingReplies<string>((reason) => `gone: ${reason}`);
    const ids: number[] = [];
    const first = pending.send((id) => ids.push(id));
    const second = pending.send((id) => ids.push(id));
    expect(ids).toEqual([1, 2]);
    pending.settle(2, 'two');
    pending.settle(1, 'one');
    pending.settle(1, 'again');
    expect(await Promise.all([first, second])).toEqual(['one', 'two']);
    expect(pending.size).toBe(0);
  });

  it('settles everything waiting, and everything sent afterwards, once the other side has stopped', async () => {
    const pending = new PendingReplies<string>((reason, id) => `${id} gone: ${reason}`);
    const waiting = pending.send(() => undefined);
    pending.stop('exit code 1');
    pending.stop('a second reason is ignored');
    let posted = false;
    const later = pending.send(() => (posted = true));
    expect(await waiting).toBe('1 gone: exit code 1');
    expect(await later).toBe('2 gone: exit code 1');
    expect(posted).toBe(false);
    expect(pending.gone).toBe('exit code 1');
  });

  it('answers at once when the message cannot even be posted', async () => {
    const pending = new PendingReplies<string>((reason) => `gone: ${reason}`);
    const answer = await pending.send(() => {
      throw new Error('port closed');
    });
    expect(answer).toBe('gone: port closed');
    expect(pending.size).toBe(0);
  });
});

describe('the API host client', () => {
  it('sends the session by value and brings back what the call changed in it', async () => {
    const { client, request } = clientWithSentMessages();
    const session = newSession('fr');
    const answer = client.callAsync('session.signIn', { operatorId: 7 }, session);
    const sent = request(0);
    expect(sent).toMatchObject({
      op: 'call',
      method: 'session.signIn',
      input: { operatorId: 7 },
      session: { operatorId: null, lang: 'fr' },
    });
    if (sent.op !== 'call') throw new Error('not a call');
    expect(sent.session).not.toBe(session);
    client.receive({
      id: sent.id,
      op: 'call',
      result: { ok: true, value: null },
      session: { operatorId: 7, lang: 'en' },
    });
    expect(await answer).toEqual({ ok: true, value: null });
    expect(session).toEqual({ operatorId: 7, lang: 'en' });
  });

  it('keeps a sign-out made while a slow call was under way: a late reply brings back only what its own call changed', async () => {
    const { client, request } = clientWithSentMessages();
    const session = { operatorId: 4, lang: 'fr' as const };
    const slow = client.callAsync('documents.generate', {}, session);
    const signOut = client.callAsync('session.signOut', {}, session);
    const [slowRequest, signOutRequest] = [request(0), request(1)];
    client.receive({
      id: signOutRequest.id,
      op: 'call',
      result: { ok: true, value: null },
      session: { operatorId: null, lang: 'fr' },
    });
    await signOut;
    client.receive({
      id: slowRequest.id,
      op: 'call',
      result: { ok: true, value: {} },
      session: { operatorId: 4, lang: 'fr' },
    });
    await slow;
    expect(session).toEqual({ operatorId: null, lang: 'fr' });
  });

  it('turns a host that exited into a translated api_unavailable for the calls waiting and the later ones, in the session’s language', async () => {
    const { client } = clientWithSentMessages();
    const french = client.callAsync('session.state', {}, newSession('fr'));
    client.exited('exit code 134');
    const english = await client.callAsync('session.state', {}, newSession('en'));
    expect(await french).toMatchObject({
      ok: false,
      error: { code: 'api_unavailable', message: expect.stringContaining('s’est arrêtée (exit code 134)') },
    });
    expect(english).toMatchObject({
      ok: false,
      error: { code: 'api_unavailable', message: expect.stringContaining('has stopped (exit code 134)') },
    });
    await expect(client.documentBytes('LBL-2026-000001', 1)).rejects.toThrow('exit code 134');
  });

  it('reports a host that stopped before it opened the data folder as a refused start', async () => {
    const { client } = clientWithSentMessages();
    client.exited('exit code 1');
    expect(await client.started).toMatchObject({ op: 'refused', message: expect.stringContaining('exit code 1') });
  });

  it('gives an internal error, with the host’s reference, for a request the host could not answer', async () => {
    const { client, request } = clientWithSentMessages();
    const answer = client.callAsync('inventory.count', {}, newSession('en'));
    client.receive({ id: request(0).id, op: 'failed', ref: 'ERR-ABC123' });
    expect(await answer).toMatchObject({ ok: false, error: { code: 'internal_error', params: { ref: 'ERR-ABC123' } } });
  });

  it('hands back a document’s bytes as a Buffer', async () => {
    const { client, request } = clientWithSentMessages();
    const bytes = client.documentBytes('LBL-2026-000001', 3);
    expect(request(0)).toMatchObject({ op: 'documentBytes', reference: 'LBL-2026-000001', operatorId: 3 });
    client.receive({ id: request(0).id, op: 'documentBytes', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect((await bytes) as Buffer).toEqual(Buffer.from('%PDF'));
  });
});
