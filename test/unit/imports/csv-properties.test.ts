/**
 * The CSV reader on generated files: damaged ones never make it throw anything but a DomainError (a refusal the
 * user can read) nor invent rows, and clean ones, in any of the encodings, delimiters and line ends real sites
 * use, come back as they were written.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { readImportFile } from '../../../main/imports/read';

const PIECES = [
  ';',
  ',',
  '\t',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  'a',
  'Z',
  'é',
  'ü',
  '€',
  '3,57E+14',
  '8.6E+14',
  'IMEI',
  'Marque',
  'N° de série',
  'Serial',
  '0',
  '356868000414120',
  '\uFEFF',
  '\u0000',
  '--',
  'To Be Filled By O.E.M.',
];

const damagedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

function encode(text: string, encoding: 'utf8' | 'win1252' | 'utf8bom'): Uint8Array {
  if (encoding === 'win1252') return new Uint8Array(iconv.encode(text, 'win1252'));
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf8bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

const damagedFile = fc.oneof(
  fc
    .tuple(damagedText, fc.constantFrom('utf8' as const, 'win1252' as const, 'utf8bom' as const))
    .map(([text, encoding]) => encode(text, encoding)),
  fc.uint8Array({ maxLength: 300 }),
);

async function outcome(
  bytes: Uint8Array,
): Promise<{ ok: true; records: number; refused: number; ats: number[] } | { ok: false; error: unknown }> {
  try {
    const parsed = await readImportFile({ name: 'sheet.csv', bytes }, { format: 'spreadsheet_csv' });
    return {
      ok: true,
      records: parsed.records.length,
      refused: parsed.spreadsheet?.refusedRows?.length ?? 0,
      ats: parsed.records.map((record) => record.at ?? -1),
    };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('the CSV reader on damaged files', () => {
  it('never throws anything but a DomainError', async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async (bytes) => {
        const result = await outcome(bytes);
        if (!result.ok) expect(result.error).toBeInstanceOf(DomainError);
      }),
      { numRuns: 300 },
    );
  });

  it('never invents a row: at most one record or refusal per non-blank line after the header', async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async (bytes) => {
        const result = await outcome(bytes);
        if (!result.ok) return;
        const text = new TextDecoder().decode(bytes);
        const lines = text.split(/\r\n|\r|\n/).filter((line) => line.replace(/[;,\t"\s\uFEFF]/g, '') !== '');
        expect(result.records + result.refused).toBeLessThanOrEqual(Math.max(0, lines.length - 1));
        expect([...result.ats].sort((a, b) => a - b)).toEqual(result.ats);
        expect(new Set(result.ats).size).toBe(result.ats.length);
      }),
      { numRuns: 300 },
    );
  });
});

const word = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàç0123456789'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((chars) => chars.join(''));
/** A model may hold the delimiters, quotes and single spaces: the writer quotes it. */
const model = fc
  .array(fc.oneof(word, fc.constantFrom(' ', ';', ',', '"', '-')), { minLength: 1, maxLength: 5 })
  .map((parts) => `M${parts.join('').replace(/\s+/g, ' ').trim()}`);
const serial = fc
  .array(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), { minLength: 4, maxLength: 12 })
  .map((chars) => `S${chars.join('')}`);

const cleanSheet = fc.record({
  rows: fc.array(fc.record({ make: word.map((value) => `V${value}`), model, serial }), { minLength: 1, maxLength: 20 }),
  headers: fc.constantFrom(
    ['Marque', 'Modèle', 'N° de série'],
    ['Manufacturer', 'Model', 'Serial Number'],
    ['MARQUE', 'modele', 'Numéro de série'],
  ),
  delimiter: fc.constantFrom(';', ',', '\t'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf8' as const, 'win1252' as const, 'utf8bom' as const),
  trailingLineEnd: fc.boolean(),
});

function cell(value: string, delimiter: string): string {
  return /[";,\t\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('the CSV reader on clean generated sheets', () => {
  it('gives back every row as written, whatever the encoding, delimiter and line ends', async () => {
    await fc.assert(
      fc.asyncProperty(cleanSheet, async ({ rows, headers, delimiter, lineEnd, encoding, trailingLineEnd }) => {
        const lines = [headers, ...rows.map((row) => [row.make, row.model, row.serial])].map((cells) =>
          cells.map((value) => cell(value, delimiter)).join(delimiter),
        );
        const text = lines.join(lineEnd) + (trailingLineEnd ? lineEnd : '');
        const parsed = await readImportFile({ name: 'sheet.csv', bytes: encode(text, encoding) });
        expect(parsed.issues).toEqual([]);
        expect(
          parsed.records.map((record) => ({ make: record.make, model: record.model, serial: record.serial })),
        ).toEqual(rows);
        expect(parsed.records.map((record) => record.at)).toEqual(rows.map((_, index) => index + 2));
      }),
      { numRuns: 200 },
    );
  });
});
