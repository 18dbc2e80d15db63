import { describe, expect, it } from 'vitest';
import { guessMapping, headerKey } from '../../../main/imports/readers/column-mapping';
import { readSheetRows } from '../../../main/imports/readers/sheet-rows';

describe('guessing the column mapping from headers', () => {
  it('ignores accents, case and punctuation', () => {
    expect(headerKey('  N° de SÉRIE ')).toBe('n de serie');
    expect(
      guessMapping([
        'MARQUE',
        'modèle',
        'Numéro de série',
        'imei 1',
        'IMEI 2',
        'Catégorie',
        "N° d'inventaire",
        'RAM (Mo)',
        'Écran',
        'Processeur',
        'Commentaires',
        'Capacité disque',
        'Type de disque',
        'Système',
      ]),
    ).toEqual({
      MARQUE: 'make',
      modèle: 'model',
      'Numéro de série': 'serial',
      'imei 1': 'imei',
      'IMEI 2': 'imei',
      Catégorie: 'kind',
      "N° d'inventaire": 'previous_asset_tag',
      'RAM (Mo)': 'ram_gb',
      Écran: 'screen_inches',
      Processeur: 'cpu',
      Commentaires: 'notes',
      'Capacité disque': 'drive_capacity_gb',
      'Type de disque': 'drive_type',
      Système: 'os',
    });
  });

  it("knows Snipe-IT's and DeviceHub's columns, and leaves the others out", () => {
    expect(
      guessMapping([
        'Company',
        'Name',
        'Asset Tag',
        'Category',
        'Manufacturer',
        'Model',
        'Model Number',
        'Serial',
        'Purchase Cost',
      ]),
    ).toEqual({
      'Asset Tag': 'previous_asset_tag',
      Category: 'kind',
      Manufacturer: 'make',
      Model: 'model',
      Serial: 'serial',
    });
    expect(
      guessMapping(['DHID', 'Device Type', 'Device Manufacturer', 'Device Model', 'Device Serial Number']),
    ).toEqual({
      DHID: 'external_id',
      'Device Type': 'kind',
      'Device Manufacturer': 'make',
      'Device Model': 'model',
      'Device Serial Number': 'serial',
    });
  });

  it('gives a field to its first column only, except the ones that take several', () => {
    expect(guessMapping(['Serial', 'Numéro de série', 'Notes', 'Remarques'])).toEqual({
      Serial: 'serial',
      Notes: 'notes',
      Remarques: 'notes',
    });
  });
});

describe('reading rows', () => {
  it('reads units from headers and cells, warns about a blank header over data, and skips blank rows', () => {
    const parsed = readSheetRows(
      [
        { at: 1, cells: ['Numéro de série', 'RAM (Mo)', 'Capacité disque', 'Écran', ''] },
        { at: 2, cells: ['ABC123', '8192', '1 To', '15,6"', 'stray'] },
        { at: 3, cells: ['', '', '', '', ''] },
        { at: 4, cells: ['ABC124', '8 Go', '256', 'grand', ''] },
        { at: 5, cells: ['ABC125', '16', '512 Go', '14 pouces', ''] },
      ],
      'spreadsheet_csv',
      'x.csv',
    );
    expect(
      parsed.records.map((record) => [record.serial, record.ramGb, record.drives[0]?.sizeBytes, record.screenInches]),
    ).toEqual([
      ['ABC123', 8, 1_000_000_000_000, 15.6],
      ['ABC124', 8, 256_000_000_000, undefined],
      // The header says megabytes: a bare 16 is 16 MB of RAM, not 16 GB.
      ['ABC125', 0.02, 512_000_000_000, 14],
    ]);
    expect(parsed.warnings).toContainEqual({ code: 'header_blank', at: 1, params: { index: 5 } });
    expect(parsed.warnings).toContainEqual({
      code: 'number_invalid',
      at: 4,
      column: 'Écran',
      params: { column: 'Écran', value: 'grand' },
    });
  });
});
