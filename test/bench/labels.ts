/**
 * Asset labels: 500 of them in one document through the document service (load, number, render, store, event, in
 * one durable transaction), as for a large batch or an inventory selection, on the A4 sheet, whose pages carry the
 * most codes and text each.
 */
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import { generateDocument } from '../../main/services/documents';
import { actorFor } from '../../main/services/people';
import { freshBench, scratchDir } from './fixtures';
import { atMost, median, time, type Figure } from './measure';

const LABELS = 500;
const ROUNDS = 5;

export function labelsFigure(log: (line: string) => void, labels = LABELS): Figure {
  const dir = scratchDir();
  const bench = freshBench(dir.path, 'labels');
  try {
    log(`  registering ${labels} devices…`);
    const generator = new DemoDevices(new Random(500));
    const devices = Array.from({ length: labels }, () => generator.next());
    const registered = bench.api.call('devices.registerMany', { batchId: bench.batchId, devices }, bench.session);
    if (!registered.ok) throw new Error('bulk intake was refused');
    const actor = actorFor(
      bench.store,
      bench.store.people.listOperators().find((operator) => operator.roles.includes('technician'))?.id ?? 0,
    );
    const request = {
      kind: 'labels' as const,
      subject: { type: 'batch' as const, ids: [bench.batchId] },
      lang: 'fr' as const,
      format: 'a4-3x8' as const,
    };
    // The first document of a process parses the fonts and shapes its words: warm up on one, as a running app has.
    generateDocument(bench.store, actor, { ...request, subject: { type: 'selection', ids: [1] } });
    log(`  ${ROUNDS} documents of ${labels} labels…`);
    const samples: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      let pages = 0;
      samples.push(time(() => (pages = generateDocument(bench.store, actor, request).document.pages)) / 1000);
      if (pages !== Math.ceil(labels / 24)) throw new Error(`${labels} labels took ${pages} pages`);
    }
    return atMost(
      'labels_500_s',
      median(samples),
      's',
      1.5,
      `one document of ${labels} asset labels (A4 sheets of 3 × 8, Code 128 and QR each) through the document service, file database, synchronous=FULL; median of ${ROUNDS}`,
    );
  } finally {
    bench.close();
    dir.remove();
  }
}
