import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../../main/demo/seed';
import { openDataStore } from '../../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../../helpers/browser';
import { expectAccessible } from './axe';

export interface DemoDesk {
  run: BrowserRun;
  /** The first open batch of the demo. */
  batchId: number;
  close: () => Promise<void>;
}

/** A small demo warehouse in a data folder of its own, opened in Chromium with its administrator signed in. */
export async function openDemoDesk(name: string, timeoutMs: number): Promise<DemoDesk> {
  const dataDir = mkdtempSync(join(tmpdir(), `rebond-e2e-${name}-`));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 20, seed: 7 });
  const batchId = Number(
    store.db.prepare('SELECT id FROM batches WHERE closed_at IS NULL ORDER BY id LIMIT 1').pluck().get(),
  );
  store.close();
  const run = await openBrowserEdition({ dataDir });
  run.page.setDefaultTimeout(timeoutMs);
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
  await expectAccessible(run.page, 'the demo dashboard');
  return {
    run,
    batchId,
    close: async () => {
      await run.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
