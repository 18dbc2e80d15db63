/**
 * What the shared samples lack, generated here: an nwipe run where one drive failed and one was aborted at 100 %,
 * spreadsheets as real sites send them (Windows-1252, `;`, CR-only line ends, a BOM, repeated and blank headers,
 * numbers Excel has damaged), and files Rebond must refuse.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../main/imports/read';
import { DomainError } from '../../../main/errors';
import { translate } from '../../../shared/i18n';

const utf8 = (text: string) => new TextEncoder().encode(text);

const NWIPE_THREE_DRIVES = `[2026/11/20 09:00:00]    info: nwipe 0.38
[2026/11/20 09:00:01]    info: system-manufacturer = LENOVO
[2026/11/20 09:00:01]    info: system-product-name = 20L50000MC
[2026/11/20 09:00:01]    info: system-version = ThinkPad T480
[2026/11/20 09:00:01]    info: system-serial-number = PF1ABCDE
[2026/11/20 09:00:02]  notice: Found /dev/sda, ATA , Samsung SSD 860 EVO 500GB, 500 GB, S/N=S3Z2NB0K123456A
[2026/11/20 09:00:02]  notice: Found /dev/sdb, ATA , WDC WD5000LPCX-24C6HT0, 500 GB, S/N=WD-WX11A12B3456
[2026/11/20 09:00:02]  notice: Found /dev/sdc, USB , TOSHIBA MQ01ABD100, 1000 GB, S/N=Z5TBT0ABCDE
[2026/11/20 09:00:03]  notice: Program options are set as follows...
[2026/11/20 09:00:03]  notice:   prng         = Isaac
[2026/11/20 09:00:03]  notice:   method       = DoD Short
[2026/11/20 09:00:03]  notice:   rounds       = 2
[2026/11/20 09:00:03]  notice:   verify       = 2 (all passes)
[2026/11/20 09:00:04]  notice: Invoking method 'DoD Short' on /dev/sda
[2026/11/20 09:00:04]  notice: Invoking method 'DoD Short' on /dev/sdb
[2026/11/20 09:00:04]  notice: Invoking method 'DoD Short' on /dev/sdc
[2026/11/20 09:00:04]  notice: Starting round 1 of 2 on /dev/sda
[2026/11/20 09:00:04]  notice: Starting pass 1/3, round 1/2, on /dev/sda
[2026/11/20 09:00:04]  notice: Starting round 1 of 2 on /dev/sdb
[2026/11/20 09:00:04]  notice: Starting round 1 of 2 on /dev/sdc
[2026/11/20 10:10:00]   error: Verification failed on /dev/sdb
[2026/11/20 10:30:00]  notice: Finished round 1 of 2 on /dev/sda
[2026/11/20 10:30:00]  notice: Finished round 1 of 2 on /dev/sdc
[2026/11/20 10:31:00]  notice: Starting round 2 of 2 on /dev/sdc
[2026/11/20 11:58:00]  notice: Finished final round 2 of 2 on /dev/sda
[2026/11/20 11:58:10]  notice: Blanking device /dev/sda
[2026/11/20 12:05:00]  notice: [SUCCESS] Blanked device /dev/sda
[2026/11/20 12:20:00]  notice: /dev/sdc: user abort
[2026/11/20 12:20:00]   error: Nwipe was aborted by the user. Check the summary table for the drive status.

******************************** Error Summary *********************************
!   Device | Pass Errors | Verifications Errors | Fdatasync I\\O Errors
--------------------------------------------------------------------------------
       sda |           0 |                    0 |                    0
!      sdb |           0 |                   12 |                    0
       sdc |           0 |                    0 |                    0
********************************************************************************

******************************* Erasure Summary ********************************
!   Device |      Bytes Erased |      Bytes Total | Percentage Erased
--------------------------------------------------------------------------------
       sda |      500107862016 |     500107862016 |           100.00%
       sdb |      500107862016 |     500107862016 |           100.00%
       sdc |     1000204886016 |    1000204886016 |           100.00%
********************************************************************************

********************************* Drive Status *********************************
!   Device | Status | Thru-put | HH:MM:SS | Model/Serial Number
--------------------------------------------------------------------------------
       sda | Erased |  152 MB/s | 03:01:00 | Samsung SSD 860 E/S3Z2NB0K123456A
!      sdb |-FAILED-|  130 MB/s | 01:10:00 | WDC WD5000LPCX-24/WD-WX11A12B3456
!      sdc |UABORTED|   1 GB/s | 03:20:00 | TOSHIBA MQ01ABD10/Z5TBT0ABCDE
--------------------------------------------------------------------------------
[2026/11/20 12:20:01] Total Throughput  1 GB/s, DoD Short, 2R+B+VA
********************************************************************************
`;

describe('an nwipe log with a failed and an aborted drive', () => {
  it('reads one record per drive, the status of the Drive Status table winning over 100 % erased', async () => {
    const parsed = await readImportFile({ name: 'nwipe_log.txt', bytes: utf8(NWIPE_THREE_DRIVES) });
    expect(parsed.format).toBe('nwipe_log');
    expect(parsed.tool).toEqual({ name: 'nwipe', version: '0.38' });
    const statuses = parsed.records.map((record) => [
      record.drives[0]?.serial,
      record.erasures[0]?.status,
      record.erasures[0]?.bytesErased === record.erasures[0]?.bytesTotal,
    ]);
    expect(statuses).toEqual([
      ['S3Z2NB0K123456A', 'erased', true],
      ['WD-WX11A12B3456', 'failed', true],
      ['Z5TBT0ABCDE', 'aborted', true],
    ]);
  });

  it('names the host from its SMBIOS data (the Lenovo model from Version) on every record', async () => {
    const parsed = await readImportFile({ name: 'nwipe_log.txt', bytes: utf8(NWIPE_THREE_DRIVES) });
    for (const record of parsed.records) {
      expect(record).toMatchObject({ make: 'LENOVO', model: 'ThinkPad T480', serial: 'PF1ABCDE' });
    }
  });

  it('keeps rounds asked against rounds done, errors, method, verification and PRNG', async () => {
    const parsed = await readImportFile({ name: 'nwipe_log.txt', bytes: utf8(NWIPE_THREE_DRIVES) });
    const [sda, sdb, sdc] = parsed.records.map((record) => record.erasures[0]);
    expect(sda).toMatchObject({
      method: 'DoD Short',
      passes: 3,
      roundsAsked: 2,
      roundsDone: 2,
      verification: 'all',
      prng: 'Isaac',
      blanking: true,
      errors: 0,
      startedAt: '2026-11-20T09:00:04',
      endedAt: '2026-11-20T12:05:00',
      throughputMBs: 152,
    });
    expect(sdb).toMatchObject({ roundsAsked: 2, roundsDone: 0, errors: 12, driveSerial: 'WD-WX11A12B3456' });
    expect(sdc).toMatchObject({ roundsAsked: 2, roundsDone: 1, throughputMBs: 1000 });
    expect(parsed.records[2]?.drives[0]).toMatchObject({ bus: 'USB', model: 'TOSHIBA MQ01ABD100' });
  });

  it('counts a status it does not know as failed, and says so', async () => {
    const log = NWIPE_THREE_DRIVES.replace('|UABORTED|', '|INSANE??|');
    const parsed = await readImportFile({ name: 'nwipe_log.txt', bytes: utf8(log) });
    expect(parsed.records[2]?.erasures[0]?.status).toBe('failed');
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'erasure_status_unknown' }));
  });
});

describe('a site’s own CSV, saved by Excel on a French Windows', () => {
  const lines = [
    'Catégorie;Marque;Modèle;N° de série;IMEI;;Marque;Remarques',
    'Ordinateur portable;Dell Inc.;Latitude 5490;5CQ6VY1;;;Dell;écran rayé',
    'Téléphone;Samsung;Galaxy A40;R58M12ABCDE;3,57E+14;;;',
    ';;;;;;;',
    'Tablette;Apple;iPad 6;DMPX1234ABCD;35-686800-004141-2;;;',
    'Unité centrale;HP;ProDesk 400;To Be Filled By O.E.M.;;;;sans disque',
  ];
  const bytes = new Uint8Array(iconv.encode(lines.join('\r'), 'win1252'));

  it('is decoded from Windows-1252, split on `;` and on CR-only line ends, headers guessed in French', async () => {
    const parsed = await readImportFile({ name: 'inventaire.csv', bytes });
    expect(parsed.format).toBe('spreadsheet_csv');
    expect(parsed.tool.version).toBe('windows-1252');
    expect(parsed.spreadsheet?.headers).toEqual(['Catégorie', 'Marque', 'Modèle', 'N° de série', 'IMEI', 'Remarques']);
    expect(parsed.spreadsheet?.mapping).toEqual({
      Catégorie: 'kind',
      Marque: 'make',
      Modèle: 'model',
      'N° de série': 'serial',
      IMEI: 'imei',
      Remarques: 'notes',
    });
    expect(parsed.records[0]).toMatchObject({
      at: 2,
      kind: 'laptop',
      make: 'Dell Inc.',
      model: 'Latitude 5490',
      serial: '5CQ6VY1',
      notes: 'écran rayé',
    });
  });

  it('refuses the row whose IMEI Excel damaged, naming the column, and keeps the others', async () => {
    const parsed = await readImportFile({ name: 'inventaire.csv', bytes });
    expect(parsed.issues).toEqual([
      { at: 3, column: 'IMEI', code: 'cell_excel_scientific', params: { column: 'IMEI', value: '3,57E+14' } },
    ]);
    expect(parsed.records.map((record) => record.at)).toEqual([2, 5, 6]);
    expect(parsed.spreadsheet?.refusedRows).toEqual([
      { at: 3, cells: ['Téléphone', 'Samsung', 'Galaxy A40', 'R58M12ABCDE', '3,57E+14', ''] },
    ]);
  });

  it('warns about the repeated header, and leaves a placeholder serial out with a warning', async () => {
    const parsed = await readImportFile({ name: 'inventaire.csv', bytes });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'header_repeated', column: 'Marque' }));
    const desktop = parsed.records.find((record) => record.at === 6);
    expect(desktop).toMatchObject({ kind: 'desktop', make: 'HP' });
    expect(desktop?.serial).toBeUndefined();
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({ code: 'serial_placeholder', at: 6, column: 'N° de série' }),
    );
    expect(parsed.records.find((record) => record.at === 5)?.imeis).toEqual(['356868000041412']);
  });

  it('reads the same sheet in UTF-8 with a BOM, `,` and CRLF to the same records', async () => {
    const comma = lines.map((line) =>
      line
        .split(';')
        .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
        .join(','),
    );
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(comma.join('\r\n'))]);
    const [fromBom, fromWindows] = await Promise.all([
      readImportFile({ name: 'inventaire.csv', bytes: withBom }),
      readImportFile({ name: 'inventaire.csv', bytes }),
    ]);
    expect(fromBom.tool.version).toBe('utf-8');
    expect(fromBom.records).toEqual(fromWindows.records);
    expect(fromBom.issues).toEqual(fromWindows.issues);
  });

  it('applies a mapping given instead of guessing', async () => {
    const parsed = await readImportFile(
      { name: 'inventaire.csv', bytes },
      { mapping: { Modèle: 'model', 'N° de série': 'serial' } },
    );
    expect(parsed.spreadsheet?.guessed).toBe(false);
    expect(parsed.spreadsheet?.mapping).toEqual({ Modèle: 'model', 'N° de série': 'serial' });
    expect(parsed.records[0]?.make).toBeUndefined();
    expect(parsed.records[0]?.model).toBe('Latitude 5490');
  });
});

describe('an XLSX workbook', () => {
  it('reads numbers as whole numbers, and refuses identifiers Excel has damaged (scientific text, digits beyond its precision)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Parc');
    sheet.addRow(['Type', 'Marque', 'Modèle', 'Numéro de série', 'IMEI', 'RAM (Go)', 'Écran']);
    sheet.addRow(['Smartphone', 'Xiaomi', 'Redmi Note 8', 'RN8X123', 356868000414120, null, '6,3"']);
    sheet.addRow(['Smartphone', 'Xiaomi', 'Redmi Note 8', 'RN8X124', '3,57E+14', null, null]);
    sheet.addRow(['Portable', 'Lenovo', 'ThinkPad T480', 'PF1ABCDE', null, 16, '14']);
    sheet.addRow(['Portable', 'Lenovo', 'ThinkPad T470', 2 ** 64, null, 8, null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await readImportFile({ name: 'parc.xlsx', bytes });
    expect(parsed.format).toBe('spreadsheet_xlsx');
    expect(
      parsed.records.map((record) => [
        record.at,
        record.kind,
        record.serial,
        record.imeis,
        record.ramGb,
        record.screenInches,
      ]),
    ).toEqual([
      [2, 'phone', 'RN8X123', ['356868000414120'], undefined, 6.3],
      [4, 'laptop', 'PF1ABCDE', undefined, 16, 14],
    ]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ at: 3, column: 'IMEI', code: 'cell_excel_scientific' }),
      expect.objectContaining({ at: 5, column: 'Numéro de série', code: 'cell_excel_scientific' }),
    ]);
  });
});

async function refusal(file: { name: string; bytes: Uint8Array }, options = {}): Promise<DomainError> {
  try {
    await readImportFile(file, options);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('files Rebond refuses', () => {
  it('refuses an unknown file, saying which formats are accepted, in French and English', async () => {
    const error = await refusal({
      name: 'photo.jpg',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
    });
    expect(error.code).toBe('import_format_unknown');
    const french = translate('fr', 'error.import_format_unknown', error.params as Record<string, string>);
    expect(french).toContain('photo.jpg');
    expect(french).toMatch(/nwipe.*eReuse.*smartctl.*lshw.*dmidecode.*CSV.*XLSX/);
    expect(translate('en', 'error.import_format_unknown', error.params as Record<string, string>)).toMatch(
      /Accepted formats: .*nwipe/,
    );
  });

  it('refuses an empty file, JSON that is not a tool’s, a damaged JSON and a damaged workbook', async () => {
    expect((await refusal({ name: 'a.csv', bytes: new Uint8Array() })).code).toBe('import_file_empty');
    expect((await refusal({ name: 'a.json', bytes: utf8('{"hello": "world",\n"a": [1, 2]}') })).code).toBe(
      'import_format_unknown',
    );
    expect((await refusal({ name: 'a.json', bytes: utf8('{"smartctl": {') })).code).toBe('import_file_damaged');
    expect((await refusal({ name: 'a.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) })).code).toBe(
      'import_file_damaged',
    );
    expect((await refusal({ name: 'a.csv', bytes: utf8('Marque;Modèle\n') })).code).toBe('import_sheet_empty');
  });

  it('refuses content that is not in the format asked for', async () => {
    const error = await refusal(
      { name: 'nwipe_log.txt', bytes: utf8(NWIPE_THREE_DRIVES) },
      { format: 'smartctl_json' },
    );
    expect(error.code).toBe('import_format_mismatch');
  });

  it('reads a PDF without text as nothing, with a warning; refuses a PDF that is not an nwipe report', async () => {
    const pdf = (draw: (document: PDFKit.PDFDocument) => void) =>
      new Promise<Uint8Array>((resolve) => {
        const document = new PDFDocument();
        const chunks: Buffer[] = [];
        document.on('data', (chunk: Buffer) => chunks.push(chunk));
        document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
        draw(document);
        document.end();
      });
    const scanned = await readImportFile({
      name: 'scan.pdf',
      bytes: await pdf((document) => document.rect(10, 10, 100, 100).fill()),
    });
    expect(scanned.records).toEqual([]);
    expect(scanned.warnings).toEqual([{ code: 'pdf_no_text' }]);
    const other = await refusal({
      name: 'invoice.pdf',
      bytes: await pdf((document) => document.text('Invoice 2026-118')),
    });
    expect(other.code).toBe('import_format_unknown');
  });
});

describe('an nwipe system report of two drives (its text)', () => {
  const report = `                  System Erasure Report
                         Page 1 - Erasure Status
                                    System S/N: PF1ABCDE
                                   Tag: RB-000042
         Disk Erasure status
          Make:WDC_WD5000LPCX-24C6HT0                   S/N: WD-WX11A12B3456
          Size(Apparent): 500 GB,500107862016B          Size(Real):   500 GB,500107862016B
          Start time:    2026/11/20 09:00:04           End time: 2026/11/20 12:05:00
FAILED
          Errors(pass/sync/verify/retries): 0/0/12/0
          *Bytes Erased: 500107862016, (100.00%)       Throughput:   130 MB/sec
          Method:        DoD Short                     PRNG algorithm: Isaac
          Blanking Pass: Zeros                         Verify(Last/All/None):   All
          HPA/DCO:       No hidden sectors             HPA/DCO Size: 0
          Rounds(completed/requested): 0/2
          Make:Samsung_SSD_860_EVO_500GB                S/N: S3Z2NB0K123456A
          Size(Apparent): 500 GB,500107862016B          Size(Real):   500 GB,500107862016B
          Start time:    2026/11/20 09:00:04           End time: 2026/11/20 12:05:00
ERASED
          *Bytes Erased: 500107862016, (100.00%)       Throughput:   152 MB/sec
          Method:        DoD Short                     PRNG algorithm: Isaac
          Rounds(completed/requested): 2/2
                                   Disc Erasure by NWIPE version 0.42
\f                  System Erasure Report
                         Page 2 - SMBIOS/DMI Host Data
System Manufacturer       = LENOVO
System Product Name       = 20L50000MC
System Version            = ThinkPad T480
System Serial Number      = PF1ABCDE
                                   Disc Erasure by NWIPE version 0.42
`;

  it('reads each drive with its own status, and the host from the SMBIOS page', async () => {
    const parsed = await readImportFile({ name: 'nwipe_system_report.txt', bytes: utf8(report) });
    expect(parsed.format).toBe('nwipe_pdf');
    expect(
      parsed.records.map((record) => [record.drives[0]?.model, record.drives[0]?.serial, record.erasures[0]?.status]),
    ).toEqual([
      ['WDC WD5000LPCX-24C6HT0', 'WD-WX11A12B3456', 'failed'],
      ['Samsung SSD 860 EVO 500GB', 'S3Z2NB0K123456A', 'erased'],
    ]);
    for (const record of parsed.records)
      expect(record).toMatchObject({ make: 'LENOVO', model: 'ThinkPad T480', serial: 'PF1ABCDE' });
    expect(parsed.records[0]?.erasures[0]).toMatchObject({
      errors: 12,
      roundsDone: 0,
      roundsAsked: 2,
      verification: 'all',
      hiddenAreas: 'none_found',
      userTag: 'RB-000042',
      prng: 'Isaac',
    });
    expect(parsed.records[1]?.erasures[0]).toMatchObject({ roundsDone: 2, roundsAsked: 2, userTag: 'RB-000042' });
  });
});

describe('an eReuse snapshot whose erasure step failed', () => {
  it('counts the erasure as failed, whatever the other steps say', async () => {
    const snapshot = `type: Snapshot
uuid: 9f5b1d2e-3c4a-4b6d-8e7f-0a1b2c3d4e5f
software: Workbench
version: '12.0'
device:
  type: Laptop
  manufacturer: LENOVO
  model: 20L50000MC
  version: ThinkPad T480
  serialNumber: To Be Filled By O.E.M.
components:
  - type: HardDrive
    serialNumber: WD-WX11A12B3456
    model: WDC WD5000LPCX
    manufacturer: Western Digital
    size: 500107.86
    actions:
      - type: TestDataStorage
        severity: Error
        assessment: false
        currentPendingSectorCount: 8
      - type: EraseBasic
        severity: Error
        steps:
          - type: StepZero
            severity: Info
          - type: StepRandom
            severity: Error
`;
    const parsed = await readImportFile({ name: 'snapshot.yaml', bytes: utf8(snapshot) });
    const [device] = parsed.records;
    expect(device).toMatchObject({ kind: 'laptop', model: 'ThinkPad T480' });
    expect(device?.serial).toBeUndefined();
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'serial_placeholder' }));
    expect(device?.drives[0]?.health).toMatchObject({ failed: true, smartPassed: false, pendingSectors: 8 });
    expect(device?.erasures[0]).toMatchObject({ method: 'EraseBasic', status: 'failed', passes: 2 });
    expect(device?.erasures[0]?.steps?.map((step) => step.status)).toEqual(['erased', 'failed']);
  });
});

describe('an nwipe log holding two runs', () => {
  it('reads each run on its own: the drive aborted in the first and erased in the second has both erasures', async () => {
    const first = NWIPE_THREE_DRIVES;
    const second = NWIPE_THREE_DRIVES.replace(/2026\/11\/20/g, '2026/11/21')
      .replace('|UABORTED|', '| Erased |')
      .replace('|-FAILED-|', '| Erased |')
      .replace(
        '!      sdb |           0 |                   12 |',
        '       sdb |           0 |                    0 |',
      );
    const parsed = await readImportFile({ name: 'nwipe_log.txt', bytes: utf8(`${first}\n${second}`) });
    expect(
      parsed.records.map((record) => [
        record.drives[0]?.serial,
        record.erasures[0]?.status,
        record.erasures[0]?.startedAt?.slice(0, 10),
      ]),
    ).toEqual([
      ['S3Z2NB0K123456A', 'erased', '2026-11-20'],
      ['WD-WX11A12B3456', 'failed', '2026-11-20'],
      ['Z5TBT0ABCDE', 'aborted', '2026-11-20'],
      ['S3Z2NB0K123456A', 'erased', '2026-11-21'],
      ['WD-WX11A12B3456', 'erased', '2026-11-21'],
      ['Z5TBT0ABCDE', 'erased', '2026-11-21'],
    ]);
  });
});
