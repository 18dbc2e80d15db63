/**
 * `hub_scan_p95_ms` and `hub_desks_max`: desks paired with a hub on 127.0.0.2, over HTTPS (kept-alive connections,
 * as a browser's), each "scanning" a device (an `inventory.search` for one asset tag, as the scan box does) once a
 * second, staggered, while the first desk has 2 000-label documents issued one after another; the p95 from scan to
 * answer. `hub_scan_p95_ms` with 8 desks; `hub_desks_max`: the most desks whose p95 stays under 100 ms (doubling
 * from 8 up to 512, then bisecting). `tsx test/bench/hub.ts [labels]` runs it alone.
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import { startHub } from '../../main/hub/serve-hub';
import { DATABASE_FILE } from '../../main/platform/data-dir';
import { setPassword } from '../../main/services/hub/passwords';
import { actorFor } from '../../main/services/people';
import { HUB_ADDRESS, PASSWORD, ScriptedDesk } from '../helpers/hub';
import { freshBench, scratchDir } from './fixtures';
import { atLeast, atMost, percentile, type Figure } from './measure';

/** How long desks scan in one window; documents are issued one after another until it is over. */
const WINDOW_MS = 10_000;
/** The desks' search: doubling from 8 while the p95 holds, up to this many, then bisecting to within an eighth. */
const FIRST_DESKS = 8;
const MOST_DESKS = 512;
const MAX_BISECTIONS = 4;
const HOLD_MS = 100;

export interface HubWindow {
  desks: number;
  p95: number;
  scans: number;
  documents: number;
  documentMs: number;
}

export async function hubFigures(log: (line: string) => void, labels = 2000): Promise<Figure[]> {
  const dir = scratchDir();
  const dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  const bench = freshBench(dataDir, DATABASE_FILE.replace(/\.sqlite$/, ''));
  const generator = new DemoDevices(new Random(2014));
  log(`  registering ${labels} devices…`);
  const registered = bench.api.call(
    'devices.registerMany',
    { batchId: bench.batchId, devices: Array.from({ length: labels }, () => generator.next()) },
    bench.session,
  );
  if (!registered.ok) throw new Error('bulk intake was refused');
  const tags = bench.store.db.prepare('SELECT asset_tag FROM devices ORDER BY id').pluck().all() as string[];
  const operatorId = bench.session.operatorId ?? 0;
  const admin = bench.store.people.listOperators().find((operator) => operator.roles.includes('admin'));
  setPassword(bench.store, actorFor(bench.store, admin?.id ?? 0), operatorId, PASSWORD);
  bench.close();

  const hub = await startHub({ dataDir, host: HUB_ADDRESS, port: 0, staticDir: dir.path, say: () => undefined });
  const desks: ScriptedDesk[] = [];
  /** Pairs desks one by one (a pairing code serves once), then signs them in eight at a time, up to `count`. */
  const addDesks = async (count: number) => {
    while (desks.length < count) {
      const batch: ScriptedDesk[] = [];
      while (batch.length < 8 && desks.length + batch.length < count) {
        const desk = new ScriptedDesk(hub.origin, hub.certificate, 600_000);
        const paired = await desk.pair(hub.pairingCode().code, `Poste ${desks.length + batch.length + 1}`);
        if (!paired.ok) throw new Error(`pairing refused: ${paired.error.message}`);
        batch.push(desk);
      }
      await Promise.all(batch.map((desk) => desk.value('session.signIn', { operatorId, password: PASSWORD })));
      desks.push(...batch);
    }
  };
  const issue = (printer: ScriptedDesk) =>
    printer.value('documents.generate', {
      kind: 'labels',
      subject: { type: 'batch', ids: [bench.batchId] },
      format: 'a4-3x8',
    });
  /**
   * One window: `count` desks scan once a second each (staggered over the second). With a document, the first
   * desk has documents issued one after another from the window's start until WINDOW_MS has passed, and the
   * desks scan until the last one is stored: every scan measured is made while a document is being issued.
   */
  const window = async (count: number, withDocument = true): Promise<HubWindow> => {
    const printer = desks[0];
    if (!printer) throw new Error('no desk');
    const samples: number[] = [];
    const started = performance.now();
    let documents = 0;
    let printedMs = 0;
    let issuing = withDocument;
    const printing = (async () => {
      try {
        while (issuing && performance.now() - started < WINDOW_MS) {
          await issue(printer);
          documents += 1;
        }
        printedMs = performance.now() - started;
      } finally {
        issuing = false;
      }
    })();
    const goingOn = () => (withDocument ? issuing : performance.now() - started < WINDOW_MS);
    const scanning = desks.slice(0, count).map(async (desk, index) => {
      const offset = (1000 * index) / count;
      await new Promise((resolve) => setTimeout(resolve, offset));
      for (let second = 0; goingOn() && second < (2 * WINDOW_MS) / 1000 + 600; second += 1) {
        const at = performance.now();
        await desk.value('inventory.search', { query: tags[(index * 37 + second) % tags.length] ?? '' });
        samples.push(performance.now() - at);
        const next = started + offset + (second + 1) * 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      }
    });
    const scanned = await Promise.allSettled(scanning);
    issuing = false;
    await printing;
    const failed = scanned.flatMap((desk, index) =>
      desk.status === 'rejected' ? [`desk ${index + 1}: ${errorText(desk.reason)}`] : [],
    );
    if (failed.length > 0)
      throw new Error(`${failed.length} of ${count} desks' scans failed (${failed.slice(0, 5).join('; ')})`);
    const documentMs = withDocument ? printedMs / Math.max(1, documents) : 0;
    return { desks: count, p95: percentile(samples, 95), scans: samples.length, documents, documentMs };
  };
  const loadNow = () => loadavg()[0]?.toFixed(1) ?? '?';
  const held = async (count: number): Promise<HubWindow> => {
    try {
      const pairingFrom = performance.now();
      const added = Math.max(0, count - desks.length);
      await addDesks(count);
      const pairedIn = performance.now() - pairingFrom;
      const step = await window(count);
      log(
        `  ${count} desks (${added} paired in ${(pairedIn / 1000).toFixed(1)} s before): ${step.scans} scans, p95 ${step.p95.toFixed(1)} ms, ${step.documents} documents of ` +
          `${(step.documentMs / 1000).toFixed(1)} s each (load average ${loadNow()})`,
      );
      return step;
    } catch (error) {
      // A hub that drops a desk's connection (or refuses it) does not hold that many desks: the search ends there.
      log(`  ${count} desks: ${errorText(error)}; counted as not holding`);
      return { desks: count, p95: Number.POSITIVE_INFINITY, scans: 0, documents: 0, documentMs: 0 };
    }
  };
  try {
    await addDesks(FIRST_DESKS);
    // Warm, as a running hub is: the render worker has its fonts, the search its statements.
    await desks[0]?.value('documents.generate', {
      kind: 'labels',
      subject: { type: 'selection', ids: [1] },
      format: 'a4-3x8',
    });
    const quiet = await window(FIRST_DESKS, false);
    log(
      `  ${FIRST_DESKS} desks, no document: ${quiet.scans} scans, p95 ${quiet.p95.toFixed(1)} ms (load average ${loadNow()})`,
    );
    const eight = await held(FIRST_DESKS);
    const most = await mostDesks(eight, held);
    return [
      atMost(
        'hub_scan_p95_ms',
        eight.p95,
        'ms',
        50,
        `p95 of ${eight.scans} scans (inventory.search by asset tag) from ${FIRST_DESKS} desks, each once a second over HTTPS (kept-alive connections) to the hub on ${HUB_ADDRESS}, all while ${labels}-label documents are issued one after another (${eight.documents}, ${(eight.documentMs / 1000).toFixed(1)} s each); ${quiet.p95.toFixed(1)} ms without a document; load average ${loadNow()}`,
      ),
      atLeast(
        'hub_desks_max',
        most,
        'desks',
        FIRST_DESKS,
        `most desks scanning once a second each with p95 under ${HOLD_MS} ms while ${labels}-label documents are issued (doubling from ${FIRST_DESKS} up to ${MOST_DESKS}, then bisecting); every desk paired and signed in with a password`,
      ),
    ];
  } finally {
    for (const desk of desks) desk.close();
    await hub.close();
    dir.remove();
  }
}

/** An error's message with its code (`ECONNRESET`, …) when it has one. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} [${code}]` : error.message;
}

/**
 * The most desks whose p95 stays under HOLD_MS: doubling from the first window's count while it holds (at most
 * MOST_DESKS), then bisecting between the last count that held and the first that did not, until they are within
 * an eighth of each other or MAX_BISECTIONS windows were run. 0 when the first count already fails.
 */
export async function mostDesks(first: HubWindow, measure: (count: number) => Promise<HubWindow>): Promise<number> {
  if (first.p95 >= HOLD_MS) return 0;
  let holds = first.desks;
  let fails: number | null = null;
  while (fails === null && holds < MOST_DESKS) {
    const count = Math.min(MOST_DESKS, holds * 2);
    if ((await measure(count)).p95 < HOLD_MS) holds = count;
    else fails = count;
  }
  for (let step = 0; fails !== null && step < MAX_BISECTIONS && fails - holds > Math.max(1, holds / 8); step += 1) {
    const count = Math.round((holds + fails) / 2);
    if ((await measure(count)).p95 < HOLD_MS) holds = count;
    else fails = count;
  }
  return holds;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [labels] = process.argv.slice(2).map(Number);
  for (const figure of await hubFigures(console.log, labels || undefined)) console.log(JSON.stringify(figure));
}
