import { afterEach, describe, expect, it } from 'vitest';
import { cliContext, UsageError } from '../../../main/cli/context';
import { withCliStore, withCliStoreAsync } from '../../../main/cli/with-store';
import type { Store } from '../../../main/store/store';
import { removeAll, tempDir } from '../../helpers/api';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function context() {
  const dir = tempDir();
  dirs.push(dir);
  return cliContext(
    dir.path,
    'en',
    () => undefined,
    () => undefined,
  );
}

describe('withCliStore', () => {
  it('creates the database for `create`, and gives back what the command returns, the store closed', () => {
    const ctx = context();
    let seen: Store | null = null;
    const result = withCliStore(ctx, 'create', (store) => {
      seen = store;
      return store.people.operatorCount();
    });
    expect(result).toBe(0);
    expect((seen as Store | null)?.db.open).toBe(false);
  });

  it('refuses `read` and `write` when there is no database yet, creating nothing', () => {
    const ctx = context();
    expect(() => withCliStore(ctx, 'read', () => 1)).toThrow(UsageError);
    expect(() => withCliStore(ctx, 'write', () => 1)).toThrow(UsageError);
  });

  it('opens `read` read-only and closes the store when the command fails, passing its error on', () => {
    const ctx = context();
    withCliStore(ctx, 'create', () => undefined);
    let seen: Store | null = null;
    expect(() =>
      withCliStore(ctx, 'read', (store) => {
        seen = store;
        expect(store.db.readonly).toBe(true);
        throw new Error('the command failed');
      }),
    ).toThrow('the command failed');
    expect((seen as Store | null)?.db.open).toBe(false);
  });

  it('closes the store once an awaited command settles, failed or not', async () => {
    const ctx = context();
    withCliStore(ctx, 'create', () => undefined);
    const opened: Store[] = [];
    await expect(
      withCliStoreAsync(ctx, 'write', async (store) => {
        opened.push(store);
        await Promise.resolve();
        expect(store.db.open).toBe(true);
        return store.settings.peek('no-such-sequence');
      }),
    ).resolves.toBe(1);
    await expect(
      withCliStoreAsync(ctx, 'write', async (store) => {
        opened.push(store);
        await Promise.resolve();
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    expect(opened.map((store) => store.db.open)).toEqual([false, false]);
  });
});
