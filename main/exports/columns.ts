import type { ExportDataset } from '../../shared/domain/exports';

/**
 * How a column's value is written: `text` stays text in both formats (serials, IMEIs and ICCIDs included, so a
 * spreadsheet cannot turn them into numbers); `label` is a vocabulary value translated with its key prefix; `day` is
 * a calendar day (`2026-03-14`), `instant` an ISO instant shown in the organisation's zone; `euros` is read in cents.
 */
export type ColumnType =
  | { type: 'text' }
  | {
      type: 'label';
      prefix:
        | 'state'
        | 'kind'
        | 'driveType'
        | 'level'
        | 'technique'
        | 'result'
        | 'verification'
        | 'handoverKind'
        | 'category'
        | 'simState'
        | 'donorKind'
        | 'functional'
        | 'wasteCode'
        | 'recyclerKind';
    }
  | { type: 'day' }
  | { type: 'instant' }
  | { type: 'integer' }
  | { type: 'decimal' }
  | { type: 'euros' }
  | { type: 'yesNo' }
  | { type: 'phone' };

export type ExportColumn = ColumnType & {
  /** The row's field, and the header's catalogue key `export.column.<key>`. */
  key: string;
  /** A person's name or contact: left out of the file for a role that may not see personal data. */
  personal?: true;
  width?: number;
};

const text = (key: string, width = 16, personal = false): ExportColumn => ({
  key,
  type: 'text',
  width,
  ...(personal ? { personal: true } : {}),
});
const label = (key: string, prefix: Extract<ColumnType, { type: 'label' }>['prefix'], width = 18): ExportColumn => ({
  key,
  type: 'label',
  prefix,
  width,
});
const day = (key: string): ExportColumn => ({ key, type: 'day', width: 12 });
const instant = (key: string): ExportColumn => ({ key, type: 'instant', width: 17 });
const integer = (key: string): ExportColumn => ({ key, type: 'integer', width: 10 });
const decimal = (key: string): ExportColumn => ({ key, type: 'decimal', width: 10 });

const DEVICE = [
  text('assetTag', 12),
  label('kind', 'kind'),
  label('status', 'state'),
  text('make'),
  text('model', 22),
  text('serial', 20),
  text('imei', 17),
];

export const EXPORT_COLUMNS: Record<ExportDataset, readonly ExportColumn[]> = {
  inventory: [
    ...DEVICE,
    text('grade', 6),
    label('functional', 'functional'),
    text('batchCode', 14),
    text('location', 14),
    day('receivedOn'),
    instant('updatedAt'),
  ],
  erasures: [
    ...DEVICE,
    text('driveSerial', 20),
    label('driveType', 'driveType'),
    integer('capacityGb'),
    integer('erasureId'),
    label('level', 'level'),
    label('technique', 'technique'),
    integer('passes'),
    text('tool'),
    text('toolVersion', 10),
    instant('startedAt'),
    instant('endedAt'),
    label('result', 'result', 10),
    label('verification', 'verification', 14),
    text('performedBy'),
    text('verifiedBy'),
    instant('verifiedAt'),
  ],
  handovers: [
    text('number', 14),
    label('handoverKind', 'handoverKind', 10),
    day('handedOn'),
    day('dueOn'),
    day('closedOn'),
    text('programme', 22),
    text('funder', 18),
    text('referringPartner', 22),
    text('recipientPartner', 22),
    text('beneficiaryReference', 14),
    label('category', 'category'),
    { key: 'minor', type: 'yesNo', width: 8 },
    text('firstName', 14, true),
    text('lastName', 14, true),
    text('assetTag', 12),
    label('kind', 'kind'),
    text('serial', 20),
    text('iccid', 22),
    text('returnNumber', 14),
    day('returnedOn'),
    text('returnGrade', 6),
    text('returnCondition', 20),
  ],
  sims: [
    text('iccid', 22),
    { key: 'phoneNumber', type: 'phone', width: 16 },
    text('operator'),
    text('planName', 20),
    decimal('planDataGb'),
    integer('planValidityDays'),
    label('simStatus', 'simState', 12),
    day('expiresOn'),
    day('receivedOn'),
    integer('topUps'),
    { key: 'topUpsCents', type: 'euros', width: 12 },
  ],
  'top-ups': [
    text('iccid', 22),
    { key: 'phoneNumber', type: 'phone', width: 16 },
    day('toppedUpOn'),
    { key: 'amountCents', type: 'euros', width: 12 },
    decimal('dataGb'),
    integer('validityDays'),
    text('programme', 22),
    text('recordedBy'),
    instant('recordedAt'),
  ],
  // The chronological register of waste leaving the site (see README, Recycling register).
  recycling: [
    day('pickupDate'),
    integer('id'),
    text('wasteCode', 10),
    label('wasteLabel', 'wasteCode', 40),
    { key: 'hazardous', type: 'yesNo', width: 9 },
    decimal('weightKg'),
    integer('deviceCount'),
    text('recycler', 24),
    label('recyclerKind', 'recyclerKind', 16),
    text('contractRef', 18),
    text('transportDocument', 24),
    text('certificateRef', 18),
    text('recordedBy'),
  ],
  donors: [
    text('donor', 24),
    label('donorKind', 'donorKind', 16),
    text('contact', 24, true),
    integer('batches'),
    integer('devices'),
    instant('createdAt'),
  ],
  batches: [
    text('batchCode', 14),
    text('donor', 24),
    label('donorKind', 'donorKind', 16),
    text('site', 18),
    day('receivedOn'),
    integer('expectedCount'),
    integer('devices'),
    instant('closedAt'),
  ],
};

/** The columns this caller gets: personal ones only for a role that may see them. */
export function columnsFor(dataset: ExportDataset, personal: boolean): readonly ExportColumn[] {
  return EXPORT_COLUMNS[dataset].filter((column) => personal || !column.personal);
}
