import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Handlers } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { DomainError } from '../../../main/errors';
import { memoryHarness, newSession, type Harness } from '../../helpers/api';
import { setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
let reached: unknown[];

/** The real handlers, with `inventory.count` answering through a promise as a long handler does. */
function apiWithAsyncCount(answer: () => Promise<{ total: number }>) {
  const asyncCount: Partial<Handlers> = {
    'inventory.count': async (input) => {
      reached.push(input);
      return answer();
    },
  };
  return createApi(h.store, { ...handlers, ...asyncCount }, () => undefined);
}

beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
  reached = [];
});
afterEach(() => h.close());

describe('the one gate, awaited', () => {
  it('checks the operator, the role and the input synchronously, before the handler runs; then awaits it', async () => {
    const api = apiWithAsyncCount(async () => ({ total: 7 }));
    expect(await api.callAsync('inventory.count', {}, newSession())).toMatchObject({
      ok: false,
      error: { code: 'no_operator' },
    });
    expect(await api.callAsync('inventory.count', { filter: { statuses: ['melted'] } }, w.tech)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(reached).toEqual([]);
    expect(await api.callAsync('inventory.count', {}, w.tech)).toEqual({ ok: true, value: { total: 7 } });
    expect(reached).toHaveLength(1);
  });

  it('translates a refusal the handler rejects with, in the session’s language', async () => {
    const api = apiWithAsyncCount(async () => {
      throw new DomainError('batch_closed', { batch: 'L-2026-0001' }, 'batchId');
    });
    const english = { ...w.tech, lang: 'en' as const };
    expect(await api.callAsync('inventory.count', {}, english)).toMatchObject({
      ok: false,
      error: { code: 'batch_closed', field: 'batchId', message: expect.stringContaining('L-2026-0001') },
    });
  });

  it('refuses, as an internal error, an asynchronous handler called through the synchronous path', () => {
    const api = apiWithAsyncCount(async () => ({ total: 7 }));
    expect(api.call('inventory.count', {}, w.tech)).toMatchObject({ ok: false, error: { code: 'internal_error' } });
  });
});
