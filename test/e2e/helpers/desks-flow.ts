import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newSession } from '../../../main/api';
import { openDataStore } from '../../../main/platform/open-data';
import { harnessFor } from '../../helpers/api';
import { openBrowserEdition, type BrowserRun } from '../../helpers/browser';
import { eraseDrive, factoryReset, laptop, tablet } from '../../helpers/workshop';
import { recordBeeps } from './desks';
import { expectAccessible } from './axe';

export type DeviceKey = 'L1' | 'L2' | 'L3' | 'T1';
export const SERIALS: Record<DeviceKey, string> = {
  L1: 'SN-L1-7490',
  L2: 'SN-L2-7490',
  L3: 'SN-L3-7490',
  T1: 'SN-T1-A8',
};
/** The right length with a wrong check digit: registered, with a warning. */
export const TABLET_IMEI = '490154203237519';

/** How far the warehouse has gone when a test of the desks starts; each stage includes the ones before. */
export interface DesksStage {
  /** The batch from Fondation Éclair, three laptops (256 GB SSD) and a tablet received. */
  devices?: boolean;
  /** Théo Technicien's erasures of L1 and L2 and the tablet's factory reset, recorded and not yet verified. */
  recorded?: boolean;
  /** Those erasures verified by Dora Sécurité. */
  verified?: boolean;
  /** L3's erasure failed (quarantined), then, with 'retried', done again by Dora and not verified. */
  l3?: 'failed' | 'retried';
}

export interface DesksRun {
  run: BrowserRun;
  tags: Record<DeviceKey, string>;
  close: () => Promise<void>;
}

/**
 * The workshop the first test sets up on screen (Alice Admin 9999, Théo Technicien 2468, Dora Sécurité 1357), made
 * through the API with the warehouse at the given stage, then the browser edition on it, beeps recorded, with the
 * given operator signed in through the operator screen.
 */
export async function openDesksAt(stage: DesksStage, operator: { name: string; pin: string }): Promise<DesksRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-desks-'));
  const h = harnessFor(openDataStore(dataDir));
  const tags: Record<DeviceKey, string> = { L1: '', L2: '', L3: '', T1: '' };
  try {
    const admin = newSession();
    h.call(admin, 'session.setup', { siteName: 'Atelier de Vénissieux', operatorName: 'Alice Admin', pin: '9999' });
    const signedIn = (name: string, roles: ('technician' | 'data_security_officer')[], pin: string) => {
      const session = newSession();
      h.call(session, 'session.signIn', {
        operatorId: h.call(admin, 'operators.create', { name, roles, pin }).id,
        pin,
      });
      return session;
    };
    const tech = signedIn('Théo Technicien', ['technician'], '2468');
    const dso = signedIn('Dora Sécurité', ['data_security_officer'], '1357');
    if (stage.devices) {
      const siteId = h.call(admin, 'sites.list', {})[0]?.id ?? 0;
      const donorId = h.call(tech, 'donors.create', { name: 'Fondation Éclair', kind: 'foundation' }).id;
      const batchId = h.call(tech, 'batches.create', {
        donorId,
        siteId,
        receivedOn: '2026-11-02',
        expectedCount: 5,
      }).id;
      const ids = {} as Record<DeviceKey, number>;
      for (const key of ['L1', 'L2', 'L3'] as const) {
        ids[key] = h.call(tech, 'devices.register', { batchId, device: laptop(SERIALS[key]) }).device.id;
      }
      ids.T1 = h.call(tech, 'devices.register', { batchId, device: tablet(SERIALS.T1, TABLET_IMEI) }).device.id;
      const drive = (key: DeviceKey) => h.call(tech, 'devices.get', { id: ids[key] }).drives[0]?.id ?? 0;
      if (stage.recorded) {
        const erasures = [
          eraseDrive(h, tech, ids.L1, drive('L1')),
          eraseDrive(h, tech, ids.L2, drive('L2')),
          factoryReset(h, tech, ids.T1),
        ];
        if (stage.verified)
          for (const { erasure } of erasures) h.call(dso, 'erasure.verify', { erasureId: erasure.id });
      }
      if (stage.l3) eraseDrive(h, tech, ids.L3, drive('L3'), 'failed');
      if (stage.l3 === 'retried') eraseDrive(h, dso, ids.L3, drive('L3'));
      for (const key of ['L1', 'L2', 'L3', 'T1'] as const)
        tags[key] = h.call(tech, 'devices.get', { id: ids[key] }).assetTag;
    }
  } finally {
    h.close();
  }
  const run = await openBrowserEdition({ dataDir, viewport: { width: 1366, height: 768 } });
  run.page.setDefaultTimeout(10_000);
  await recordBeeps(run.context);
  await run.page.reload();
  await signInFromOperatorScreen(run.page, operator.name, operator.pin);
  return {
    run,
    tags,
    close: async () => {
      await run.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The operator screen a station opens on when nobody is signed in: the name, then the PIN. */
export async function signInFromOperatorScreen(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('heading', { name: /Qui travaille à ce poste/ }).waitFor();
  await expectAccessible(page, 'the operator screen');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  // « Code PIN de Théo », « Code PIN d’Alice »: the catalogue elides before a vowel.
  const dialog = page.getByRole('dialog', { name: new RegExp(`Code PIN (de |d’)${name}`) });
  await dialog.getByLabel('Code PIN').fill(pin);
  await dialog.getByLabel('Code PIN').press('Enter');
  await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
  await expectAccessible(page, `the screen after signing in as ${name}`);
}
