/**
 * Start-up and counts on a large warehouse: the browser edition started as a process, from its start to a 200
 * answer to `session.state`, and the dashboard's counts by status. In a scratch data folder holding a copy of the
 * warehouse, closed cleanly and with the day's verified backup already taken, as for a restart during the day.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRebondApi, newSession } from '../../main/api';
import { takeBackup } from '../../main/backup/take';
import { DATABASE_FILE } from '../../main/platform/data-dir';
import { openStore } from '../../main/store/store';
import { startBrowserEdition } from '../../main/web/serve';
import { HTTP } from '../../shared/contract/client';
import { scratchDir } from './fixtures';
import { buildServeBundle, startServeProcess } from './serve-process';
import { atMost, median, time, type Figure } from './measure';

/** Exchanges the opening URL's code for a cookie, then asks `session.state`: the first answer a window gets. */
async function firstAnswer(openingUrl: string): Promise<void> {
  const url = new URL(openingUrl);
  const code = new URLSearchParams(url.hash.slice(1)).get(HTTP.codeParameter) ?? '';
  const opened = await fetch(`${url.origin}${HTTP.openPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = opened.headers.get('set-cookie')?.split(';')[0] ?? '';
  const answer = await fetch(`${url.origin}${HTTP.apiPrefix}session.state`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  if (answer.status !== 200) throw new Error(`session.state answered ${answer.status}`);
}

/** From spawning `serve` (its bundle, as `npm run serve` runs it) to a 200 answer to `session.state`. */
async function startOnce(dataDir: string): Promise<number> {
  const start = performance.now();
  const server = await startServeProcess(dataDir);
  try {
    await firstAnswer(server.openingUrl);
    return performance.now() - start;
  } finally {
    await server.stop();
  }
}

/** The part of the start-up that is Rebond's own: opening the data folder, listening, answering. */
async function openInProcess(dataDir: string): Promise<number> {
  const start = performance.now();
  const server = await startBrowserEdition({ dataDir, port: 0 });
  try {
    await firstAnswer(server.url);
    return performance.now() - start;
  } finally {
    await server.close();
  }
}

/** A copy of the warehouse in a data folder, opened and closed once (it gets its marker) with today's backup. */
function prepareDataFolder(databasePath: string, dir: string): string {
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const live = join(dataDir, DATABASE_FILE);
  copyFileSync(databasePath, live);
  const store = openStore(live);
  const record = takeBackup(store.db, { reason: 'manual' });
  if (record.status !== 'verified') throw new Error(`the day's backup failed: ${record.problem ?? ''}`);
  store.close();
  return dataDir;
}

export async function scaleFigures(
  databasePath: string,
  devices: number,
  log: (line: string) => void,
  rounds = 3,
): Promise<Figure[]> {
  const dir = scratchDir();
  try {
    log('  preparing the data folder (copy, clean close, the day’s backup)…');
    const dataDir = prepareDataFolder(databasePath, dir.path);
    buildServeBundle();
    const starts: number[] = [];
    const opens: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      starts.push(await startOnce(dataDir));
      opens.push(await openInProcess(dataDir));
    }
    const store = openStore(join(dataDir, DATABASE_FILE));
    const api = createRebondApi(store);
    const session = newSession();
    api.call('session.signIn', { operatorId: 1 }, session);
    const counts = Array.from({ length: 50 }, () => time(() => api.call('inventory.countsByStatus', {}, session)));
    store.close();
    const size = devices.toLocaleString('en');
    const suffix = devices === 1_000_000 ? '1m' : `${Math.round(devices / 1000)}k`;
    return [
      atMost(
        `startup_${suffix}_ms`,
        median(starts),
        'ms',
        1500,
        `browser edition on the ${size}-device warehouse, closed cleanly, the day's backup taken: process start (the bundle, node dist/web/serve.cjs) to a 200 answer to session.state, median of ${rounds}`,
      ),
      atMost(
        `open_${suffix}_ms`,
        median(opens),
        'ms',
        500,
        `the same, in a process already running, from the sources (startBrowserEdition; its API worker thread loads its modules through tsx): to that 200 answer, median of ${rounds}`,
      ),
      atMost(
        `counts_${suffix}_ms`,
        median(counts),
        'ms',
        5,
        `the dashboard's counts by status (inventory.countsByStatus) on the ${size}-device warehouse, median of 50`,
      ),
    ];
  } finally {
    dir.remove();
  }
}
