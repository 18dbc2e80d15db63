import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * File permissions do not stop root, and the tests may run as root (as in a container). A command whose refusal
 * depends on permissions therefore runs as an ordinary account: `nobody` when the tests are root, else the
 * tests' own account, which the permissions set by the test restrict just the same.
 */
const asOrdinaryAccount = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point of Rebond (`main/cli/index.ts ...`) as that ordinary account. */
export function runAsOrdinaryAccount(args: readonly string[], home: string): Run {
  // A temporary folder is 0700: the other account must be able to reach what the test prepared inside it.
  chmodSync(home, 0o777);
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    ...asOrdinaryAccount,
    env: { ...process.env, HOME: home, CI: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A stack trace's tell-tale line (`    at openDatabase (/…/open.ts:33:39)`). */
export const STACK_LINE = /^\s+at .+[:(]/m;
