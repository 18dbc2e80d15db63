/**
 * `concurrent_call_p95_ms`: small calls (`session.state`, an inventory search) made every 20 ms over HTTP to the
 * browser edition, started as its own process as a site runs it, while a document of `labels` asset labels is
 * drawn and `intake` devices are registered in one call; the p95 of the small calls' round trips, from the first
 * long call to the last one's answer. The three kinds of call share the one session the opening URL gives.
 * `tsx test/bench/concurrent.ts [labels] [intake]` runs it alone (e.g. `200 2000` for a quick check).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP } from '../../shared/contract/client';
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import { DATABASE_FILE } from '../../main/platform/data-dir';
import { freshBench, scratchDir } from './fixtures';
import { atMost, percentile, type Figure } from './measure';
import { buildServeBundle, startServeProcess } from './serve-process';

const EVERY_MS = 20;

async function sessionOn(openingUrl: string, operatorId: number) {
  const url = new URL(openingUrl);
  const origin = url.origin;
  const code = new URLSearchParams(url.hash.slice(1)).get(HTTP.codeParameter) ?? '';
  const opened = await fetch(`${origin}${HTTP.openPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async (method: string, input: unknown) => {
    const response = await fetch(`${origin}${HTTP.apiPrefix}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`${method} was refused: ${JSON.stringify(body)}`);
    return body;
  };
  await call('session.signIn', { operatorId });
  return call;
}

export async function concurrentCallFigure(
  log: (line: string) => void,
  labels = 2000,
  intake = 20_000,
): Promise<Figure> {
  const dir = scratchDir();
  const dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  const bench = freshBench(dataDir, DATABASE_FILE.replace(/\.sqlite$/, ''));
  const generator = new DemoDevices(new Random(2000));
  log(`  registering ${labels} devices to label…`);
  const registered = bench.api.call(
    'devices.registerMany',
    { batchId: bench.batchId, devices: Array.from({ length: labels }, () => generator.next()) },
    bench.session,
  );
  if (!registered.ok) throw new Error('bulk intake was refused');
  const operatorId = bench.session.operatorId ?? 0;
  const batch = bench.api.call(
    'batches.create',
    { donorId: 1, siteId: 1, receivedOn: '2026-11-03', expectedCount: null },
    bench.session,
  );
  if (!batch.ok) throw new Error(`second batch refused: ${JSON.stringify(batch.error)}`);
  const intakeBatchId = (batch.value as { id: number }).id;
  bench.close();
  const devices = Array.from({ length: intake }, () => generator.next());

  buildServeBundle();
  const server = await startServeProcess(dataDir);
  try {
    const small = await sessionOn(server.openingUrl, operatorId);
    const [documents, intakeDesk] = [small, small];
    // A warm server, as a running one is: the render worker has parsed its fonts, the search its statements.
    await documents('documents.generate', {
      kind: 'labels',
      subject: { type: 'selection', ids: [1] },
      format: 'a4-3x8',
    });
    await small('inventory.search', { query: 'LAT' });
    log(`  a document of ${labels} labels and an intake of ${intake} devices, small calls every ${EVERY_MS} ms…`);
    const samples: number[] = [];
    let running = true;
    const long = Promise.all([
      documents('documents.generate', {
        kind: 'labels',
        subject: { type: 'batch', ids: [bench.batchId] },
        format: 'a4-3x8',
      }),
      intakeDesk('devices.registerMany', { batchId: intakeBatchId, devices }),
    ]).finally(() => {
      running = false;
    });
    const smallCalls: Promise<void>[] = [];
    for (let index = 0; running; index += 1) {
      const start = performance.now();
      smallCalls.push(
        (index % 2 === 0
          ? small('session.state', {})
          : small('inventory.search', { query: `${index % 9}${index % 7}` })
        ).then(() => {
          samples.push(performance.now() - start);
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
    }
    await long;
    await Promise.all(smallCalls);
    const p95 = percentile(samples, 95);
    log(`  ${samples.length} small calls, p95 ${p95.toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
    return atMost(
      'concurrent_call_p95_ms',
      p95,
      'ms',
      50,
      `p95 of ${samples.length} small calls (session.state, inventory.search alternately, one every ${EVERY_MS} ms over HTTP) to the browser edition (its own process) while a ${labels}-label document and a ${intake}-device intake run; max ${Math.max(...samples).toFixed(0)} ms`,
    );
  } finally {
    await server.stop();
    dir.remove();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [labels, intake] = process.argv.slice(2).map(Number);
  const figure = await concurrentCallFigure(console.log, labels || undefined, intake || undefined);
  console.log(JSON.stringify(figure));
}
