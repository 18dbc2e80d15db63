/**
 * What Rebond exports as a spreadsheet, in which formats, and who may ask for each. Plain TypeScript (no zod), so
 * the renderer offers exactly what main accepts.
 */
import { COORDINATION, RETURNS_DESK } from './lending';
import type { OperatorRole } from './values';

export const EXPORT_DATASETS = [
  'inventory',
  'erasures',
  'handovers',
  'sims',
  'top-ups',
  'recycling',
  'donors',
  'batches',
] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EVERYONE: readonly OperatorRole[] = ['technician', 'data_security_officer', 'coordinator', 'admin'];

/** Who may export each list: the roles that may read it on screen. */
export const EXPORT_ROLES: Record<ExportDataset, readonly OperatorRole[]> = {
  inventory: EVERYONE,
  erasures: EVERYONE,
  handovers: RETURNS_DESK,
  sims: COORDINATION,
  'top-ups': COORDINATION,
  recycling: EVERYONE,
  donors: EVERYONE,
  batches: EVERYONE,
};

/** Roles that see personal data (names, addresses, contacts) in an export; everyone else gets those columns left out. */
export const PERSONAL_DATA_ROLES: readonly OperatorRole[] = COORDINATION;

export function mayExport(dataset: ExportDataset, roles: readonly OperatorRole[]): boolean {
  return roles.some((role) => EXPORT_ROLES[dataset].includes(role));
}

export function seesPersonalData(roles: readonly OperatorRole[]): boolean {
  return roles.some((role) => PERSONAL_DATA_ROLES.includes(role));
}

/** The data folder's sub-folder where the app's exports wait to be downloaded. */
export const EXPORTS_FOLDER = 'exports';

/** The file's name: `rebond-inventory-2026-12-07.xlsx`. */
export function exportFileName(dataset: ExportDataset, format: ExportFormat, day: string): string {
  return `rebond-${dataset}-${day}.${format}`;
}
