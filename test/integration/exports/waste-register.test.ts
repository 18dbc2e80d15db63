import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../main/exports/write-export';
import { tempDir, type Harness } from '../../helpers/api';
import { pinnedHarness } from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';
import { makeReady, setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

function toRecycle(serial: string): number {
  const id = makeReady(h, w, serial);
  h.call(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'send_to_recycling' });
  return id;
}

const pickup = (deviceIds: number[], extra: Record<string, unknown>): never =>
  ({
    deviceIds,
    recycler: 'Envie Rhône',
    pickupDate: '2026-11-20',
    weightKg: 4.2,
    recyclerKind: 'operator' as const,
    contractRef: 'Contrat DEEE 2026-042',
    ...extra,
  }) as never;

describe('the recycling register', () => {
  it('refuses hazardous waste without a Trackdéchets identifier, or with a malformed one, naming the field and changing nothing', () => {
    const id = toRecycle('W1');
    const before = databaseFingerprint(h.store);
    const missing = h.refuse(w.dso, 'recycling.record', pickup([id], { wasteCode: '16 02 13*' }));
    expect(missing).toMatchObject({ code: 'waste_transport_required', field: 'transportDocument' });
    expect(missing.message).toContain('16 02 13*');
    const malformed = h.refuse(
      w.dso,
      'recycling.record',
      pickup([id], { wasteCode: '20 01 35*', transportDocument: 'BSD-2026-118' }),
    );
    expect(malformed).toMatchObject({ code: 'waste_transport_format', field: 'transportDocument' });
    expect(malformed.message).toContain('« BSD-2026-118 »');
    const unknownCode = h.refuse(w.dso, 'recycling.record', pickup([id], { wasteCode: '16 02 15' }));
    expect(unknownCode.field).toBe('wasteCode');
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('takes a paper form’s number for non-hazardous waste, and stores Trackdéchets identifiers in upper case', () => {
    const paper = h.call(
      w.dso,
      'recycling.record',
      pickup([toRecycle('W2')], { wasteCode: '16 02 14', transportDocument: 'Bordereau 4471' }),
    );
    expect(paper).toMatchObject({
      wasteCode: '16 02 14',
      transportDocument: 'BORDEREAU 4471',
      recyclerKind: 'operator',
      contractRef: 'Contrat DEEE 2026-042',
    });
    const tracked = h.call(
      w.dso,
      'recycling.record',
      pickup([toRecycle('W3')], { wasteCode: '16 02 13*', transportDocument: ' bsd-20261120-a1b2c3d4e ' }),
    );
    expect(tracked.transportDocument).toBe('BSD-20261120-A1B2C3D4E');
  });

  it('exports as the chronological register of waste leaving the site', async () => {
    h.call(
      w.dso,
      'recycling.record',
      pickup([toRecycle('W4')], {
        pickupDate: '2026-11-18',
        wasteCode: '16 02 13*',
        transportDocument: 'BSD-20261118-AAAAAAAAA',
        weightKg: 12.5,
      }),
    );
    h.call(
      w.dso,
      'recycling.record',
      pickup([toRecycle('W5'), toRecycle('W6')], {
        pickupDate: '2026-11-05',
        wasteCode: '20 01 36',
        recyclerKind: 'eco_organisme',
        weightKg: 3,
      }),
    );
    const dir = tempDir('rebond-waste-');
    try {
      const file = join(dir.path, 'register.xlsx');
      await writeExport(
        h.store,
        {
          dataset: 'recycling',
          filter: { statuses: [], kinds: [], grades: [], siteId: null, batchId: null },
          sort: { column: 'updatedAt', direction: 'desc' },
          personal: false,
        },
        'xlsx',
        file,
        { lang: 'fr', zone: 'Europe/Paris' },
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      expect(sheet.name).toBe('Registre des déchets');
      const head = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(head).toEqual([
        'Date d’enlèvement',
        'N°',
        'Code déchet',
        'Désignation du déchet',
        'Dangereux',
        'Poids (kg)',
        'Appareils',
        'Recycleur',
        'Éco-organisme ou opérateur',
        'Contrat',
        'Bordereau (BSD / Trackdéchets)',
        'Certificat du recycleur',
        'Enregistré par',
      ]);
      const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      // Earliest pickup first, whatever the order they were recorded in.
      expect(row(2)).toEqual([
        new Date(Date.UTC(2026, 10, 5)),
        2,
        '20 01 36',
        '20 01 36 — équipements électriques et électroniques sans composant dangereux (ménages)',
        'Non',
        3,
        2,
        'Envie Rhône',
        'Éco-organisme',
        'Contrat DEEE 2026-042',
        undefined,
        undefined,
        'Damien Sécurité',
      ]);
      expect(row(3).slice(0, 7)).toEqual([
        new Date(Date.UTC(2026, 10, 18)),
        1,
        '16 02 13*',
        expect.stringContaining('composants dangereux (entreprises)'),
        'Oui',
        12.5,
        1,
      ]);
      expect(row(3)[10]).toBe('BSD-20261118-AAAAAAAAA');
      expect(sheet.getRow(3).getCell(6).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.rowCount).toBe(3);
    } finally {
      dir.remove();
    }
  });
});
