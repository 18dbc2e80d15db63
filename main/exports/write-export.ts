/**
 * Writes one export to a file, chunk by chunk: XLSX with exceljs's streaming writer (real cells: days and instants
 * as dates, euros as numbers with a format, serials, IMEIs and ICCIDs as text), or CSV with csv-stringify (UTF-8
 * with a byte-order mark; `;` and a decimal comma in French, `,` and a point in English). The file appears under
 * its name only once complete: it is written beside it as `.part`, then renamed; a failure leaves nothing.
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { setImmediate as turn } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ExportFormat } from '../../shared/domain/exports';
import { translate, type MessageKey } from '../../shared/i18n';
import type { Store } from '../store/store';
import { csvValue, numberFormat, xlsxValue, type CellContext } from './cells';
import { columnsFor, type ExportColumn } from './columns';
import { readChunks, type ExportQuery } from './read-chunks';

export interface ExportOutcome {
  rows: number;
  columns: number;
}

export type ProgressListener = (written: number) => void;

function header(context: CellContext, column: ExportColumn): string {
  return translate(context.lang, `export.column.${column.key}` as MessageKey);
}

async function writeXlsx(
  chunks: Iterable<Record<string, unknown>[]>,
  columns: readonly ExportColumn[],
  file: string,
  context: CellContext,
  title: string,
  progress: ProgressListener,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Rebond';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => {
    const numFmt = numberFormat(column);
    return {
      header: header(context, column),
      key: column.key,
      width: column.width ?? 14,
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.commit();
  // One style object per column, given to each of its cells: exceljs recognises an object it has seen (a WeakMap)
  // instead of working each cell's copy of the column's style out again, which took a quarter of the export's time.
  const styles = columns.map((column) => {
    const numFmt = numberFormat(column);
    return numFmt ? { numFmt } : {};
  });
  let written = 0;
  for (const rows of chunks) {
    for (const row of rows) {
      const added = sheet.addRow(columns.map((column) => xlsxValue(column, row[column.key], context)));
      styles.forEach((style, index) => {
        added.getCell(index + 1).style = style;
      });
      added.commit();
    }
    written += rows.length;
    progress(written);
    await turn();
  }
  sheet.commit();
  await workbook.commit();
  return written;
}

async function writeChunk(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function writeCsv(
  chunks: Iterable<Record<string, unknown>[]>,
  columns: readonly ExportColumn[],
  file: string,
  context: CellContext,
  progress: ProgressListener,
): Promise<number> {
  const delimiter = context.lang === 'fr' ? ';' : ',';
  const stream = createWriteStream(file);
  try {
    await writeChunk(stream, `\uFEFF${stringify([columns.map((column) => header(context, column))], { delimiter })}`);
    let written = 0;
    for (const rows of chunks) {
      const records = rows.map((row) => columns.map((column) => csvValue(column, row[column.key], context)));
      await writeChunk(stream, stringify(records, { delimiter }));
      written += rows.length;
      progress(written);
      await turn();
    }
    stream.end();
    await once(stream, 'finish');
    return written;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** The export as `query` asks it, written to `file`; `progress` hears the rows written after each chunk. */
export async function writeExport(
  store: Store,
  query: ExportQuery,
  format: ExportFormat,
  file: string,
  context: CellContext,
  progress: ProgressListener = () => undefined,
): Promise<ExportOutcome> {
  const columns = columnsFor(query.dataset, query.personal);
  const part = `${file}.part`;
  const chunks = readChunks(store, query);
  try {
    const title = translate(context.lang, `export.dataset.${query.dataset}` as MessageKey);
    const rows =
      format === 'xlsx'
        ? await writeXlsx(chunks, columns, part, context, title, progress)
        : await writeCsv(chunks, columns, part, context, progress);
    renameSync(part, file);
    return { rows, columns: columns.length };
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
}
