/**
 * One export in a process of its own, so that its time and memory are the export's alone: opens the warehouse at
 * `argv[2]`, writes its whole inventory (every state but voided, sorted as the inventory's default) as `argv[3]`
 * (`xlsx` or `csv`) to `argv[4]`, and prints one JSON line: the rows, the export's wall and CPU seconds, the
 * resident memory before it started and the process's peak resident memory (`process.resourceUsage().maxRSS`,
 * which counts loading Node, tsx and the modules too). Started by `test/bench/exports.ts`.
 */
import { statSync } from 'node:fs';
import { writeExport } from '../../main/exports/write-export';
import { openStore } from '../../main/store/store';

const [, , database, format, file] = process.argv;
if (!database || (format !== 'xlsx' && format !== 'csv') || !file)
  throw new Error('usage: export-child.ts DATABASE xlsx|csv FILE');
const store = openStore(database);
try {
  const query = {
    dataset: 'inventory' as const,
    filter: { statuses: [], kinds: [], grades: [], siteId: null, batchId: null },
    sort: { column: 'updatedAt' as const, direction: 'desc' as const },
    personal: false,
  };
  const rssBefore = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = await writeExport(store, query, format, file, { lang: 'fr', zone: 'Europe/Paris' });
  const wallSeconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      rows: outcome.rows,
      columns: outcome.columns,
      bytes: statSync(file).size,
      wallSeconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      rssBeforeMb: rssBefore / 1048576,
      // maxRSS is in kibibytes.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} finally {
  store.close();
}
