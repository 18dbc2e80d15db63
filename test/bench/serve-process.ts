/**
 * The browser edition started as its own process, from its bundle as `npm run serve` runs it (built first when
 * stale), as a site runs it: the benchmark's own work (building request bodies, timing) then never shares a thread
 * with the server's.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const SERVE = join(process.cwd(), 'dist', 'web', 'serve.cjs');

/** Builds the browser edition's bundle when its sources changed (`node main/build/build.mjs --if-stale web`). */
export function buildServeBundle(): void {
  execFileSync(process.execPath, [join(process.cwd(), 'main', 'build', 'build.mjs'), '--if-stale', 'web'], {
    stdio: ['ignore', 2, 2],
  });
}

export interface ServeProcess {
  child: ChildProcess;
  /** The opening URL the browser edition prints on its first line (its one-time code in the fragment). */
  openingUrl: string;
  /** A clean close (SIGTERM): the next start finds the clean-shutdown marker. */
  stop: () => Promise<void>;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`the browser edition exited (${code}) before it listened`)));
  });
}

export async function startServeProcess(dataDir: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [SERVE, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    return { child, openingUrl: (await firstLine(child)).replace(/^Rebond: /, ''), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
