/**
 * Batch erasure certificates: the time the document service takes to issue one for a batch of 200 erased and
 * validated laptops (checked, loaded, numbered, rendered, stored with its bytes and recorded in the event chain, in
 * one durable transaction), each batch printed for the first time. Run alone with
 * `npx tsx test/bench/certificates.ts [--devices N] [--rounds N]`.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fileHarness } from '../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop } from '../helpers/documents';
import { atMost, median, time, type Figure } from './measure';

const BATCH_SIZE = 200;
const ROUNDS = 3;

export async function certificateFigures(
  log: (line: string) => void,
  options: { devices?: number; rounds?: number } = {},
): Promise<Figure[]> {
  const size = options.devices ?? BATCH_SIZE;
  const rounds = options.rounds ?? ROUNDS;
  const h = fileHarness();
  try {
    const w = setUpDocumentWorkshop(h);
    const site = h.call(w.admin, 'sites.list', {})[0]?.id ?? 0;
    const donorId = h.call(w.tech, 'donors.list', {})[0]?.id ?? 0;
    // A small batch to warm the process up, then one batch per timed round, each with its own serial numbers.
    const batches = [10, ...Array.from({ length: rounds }, () => size)].map((count, batchIndex) => {
      const batch = h.call(w.tech, 'batches.create', {
        donorId,
        siteId: site,
        receivedOn: '2026-11-02',
        expectedCount: count,
      });
      for (let index = 0; index < count; index += 1) {
        erasedLaptop(h, { ...w, batchId: batch.id }, `PB${batchIndex}${String(index).padStart(4, '0')}X`);
      }
      return batch.id;
    });
    log(`  ${rounds} batch certificates of ${size} devices…`);
    const issue = (batchId: number) =>
      h.call(w.tech, 'documents.generate', {
        kind: 'erasure-certificate',
        subject: { type: 'batch', ids: [batchId] },
        lang: 'fr',
      });
    const [warmUp, ...timed] = batches;
    issue(warmUp ?? 0);
    const seconds: number[] = [];
    for (const batchId of timed) {
      let pages = 0;
      const cpu = process.cpuUsage();
      seconds.push(time(() => (pages = issue(batchId).pages)) / 1000);
      const used = process.cpuUsage(cpu);
      // On a shared machine the wall time says little by itself: the process's own CPU time goes with it.
      log(
        `  ${pages} pages in ${seconds.at(-1)?.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
      );
      if (pages < size) throw new Error(`a batch certificate of ${size} devices has ${pages} pages`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return [
      atMost(
        'batch_certificate_200_s',
        median(seconds),
        's',
        3,
        `one erasure certificate for a batch of ${size} validated laptops (cover summary and one page each) through the API and the document service, file database, synchronous=FULL; median of ${rounds} batches, each printed for the first time`,
      ),
    ];
  } finally {
    h.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { devices: { type: 'string' }, rounds: { type: 'string' } } });
  const figures = await certificateFigures((line) => console.log(line), {
    devices: values.devices ? Number(values.devices) : undefined,
    rounds: values.rounds ? Number(values.rounds) : undefined,
  });
  for (const figure of figures)
    console.log(`${figure.name} = ${figure.value} ${figure.unit} (${figure.target}: ${figure.ok ? 'ok' : 'NOT MET'})`);
}
