/**
 * The refused rows of a spreadsheet as a CSV to fix and import again: the file's own headers, the cells as read (the
 * reader's refusals) or rebuilt from the mapped fields (the preview's refusals), and the reason in a last column
 * that no mapping reads.
 */
import type { ImportedDevice, SpreadsheetField, SpreadsheetLayout } from '../../../shared/domain/import-records';

const quote = (cell: string) => (/[";\r\n,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function cellFor(record: ImportedDevice, field: SpreadsheetField | undefined): string {
  switch (field) {
    case 'kind':
      return record.kind ?? '';
    case 'make':
      return record.make ?? '';
    case 'model':
      return record.model ?? '';
    case 'serial':
      return record.serial ?? '';
    case 'imei':
      return (record.imeis ?? []).join(' ');
    case 'previous_asset_tag':
      return record.externalRefs.find((ref) => ref.system === 'previous_asset_tag')?.value ?? '';
    case 'external_id':
      return record.externalRefs.find((ref) => ref.system === 'external_id')?.value ?? '';
    case 'cpu':
      return record.cpu ?? '';
    case 'ram_gb':
      return record.ramGb === undefined ? '' : String(record.ramGb);
    case 'screen_inches':
      return record.screenInches === undefined ? '' : String(record.screenInches);
    case 'os':
      return record.os ?? '';
    case 'notes':
      return record.notes ?? '';
    case 'drive_serial':
      return record.drives.map((drive) => drive.serial ?? '').join(' ');
    case 'drive_type':
      return record.drives.map((drive) => drive.type ?? '').join(' ');
    case 'drive_capacity_gb':
      return record.drives
        .map((drive) => (drive.sizeBytes === undefined ? '' : String(Math.round(drive.sizeBytes / 1e9))))
        .join(' ');
    default:
      return '';
  }
}

export function refusedRowsCsv(
  layout: SpreadsheetLayout,
  refused: readonly { at: number; reason: string; record?: ImportedDevice }[],
  reasonHeader: string,
): string | null {
  if (refused.length === 0) return null;
  const read = new Map((layout.refusedRows ?? []).map((row) => [row.at, row.cells]));
  const lines = [[...layout.headers, reasonHeader]];
  for (const row of [...refused].sort((a, b) => a.at - b.at)) {
    const record = row.record;
    const cells =
      read.get(row.at) ?? layout.headers.map((header) => (record ? cellFor(record, layout.mapping[header]) : ''));
    lines.push([...cells, row.reason]);
  }
  return `${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}
