import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Result } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { createRebondApi, newSession, type Api, type ApiSession } from '../../main/api';
import { openStore, type Store } from '../../main/store/store';

export interface Harness {
  store: Store;
  api: Api;
  /** Calls as the given session and returns the value; throws the ApiError if the call was refused. */
  call<M extends MethodName>(session: ApiSession, method: M, input: Input<M>): Result<M>;
  /** Calls and expects a refusal; returns the error. */
  refuse<M extends MethodName>(session: ApiSession, method: M, input: unknown): ApiError;
  close(): void;
}

export class ApiRefusal extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message}`);
  }
}

export function harnessFor(store: Store): Harness {
  const api = createRebondApi(store, () => undefined);
  return {
    store,
    api,
    call(session, method, input) {
      const result = api.call(method, input, session);
      if (!result.ok) throw new ApiRefusal(result.error);
      return result.value as Result<typeof method>;
    },
    refuse(session, method, input) {
      const result = api.call(method, input, session);
      if (result.ok) throw new Error(`${method} was expected to be refused`);
      return result.error;
    },
    close: () => store.close(),
  };
}

export function tempDir(prefix = 'rebond-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Removes the temporary folders a test made, and empties the list. */
export function removeAll(dirs: { remove: () => void }[]): void {
  for (const dir of dirs.splice(0)) dir.remove();
}

/** A fresh, migrated database in a temporary file (real SQLite, WAL and all). */
export function fileHarness(): Harness & { path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir.path, 'rebond.sqlite');
  const harness = harnessFor(openStore(path));
  return {
    ...harness,
    path,
    dir: dir.path,
    close: () => {
      harness.close();
      dir.remove();
    },
  };
}

export function memoryHarness(): Harness {
  return harnessFor(openStore(':memory:'));
}

export { newSession };
export type { ApiSession };
