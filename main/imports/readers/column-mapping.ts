/**
 * Guessing which spreadsheet column fills which field, from its header: French or English, Snipe-IT's and
 * DeviceHub's column names, accents, case and punctuation ignored (`N° de série`, `numero de serie`, `Serial Number`).
 */
import type { ColumnMapping, SpreadsheetField } from '../../../shared/domain/import-records';

/** Lower case, no accents, punctuation as single spaces: `N° de série` -> `n de serie`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADERS: Record<SpreadsheetField, string[]> = {
  kind: [
    'category',
    'categorie',
    'type',
    'device type',
    'type d appareil',
    'type appareil',
    'kind',
    'famille',
    'type de materiel',
    'materiel',
    'nature',
  ],
  make: ['manufacturer', 'marque', 'make', 'brand', 'fabricant', 'constructeur', 'vendor', 'device manufacturer'],
  model: ['model', 'modele', 'model name', 'device model', 'nom du modele', 'modele commercial'],
  serial: [
    'serial',
    'serial number',
    'serial no',
    'serial num',
    'serialnumber',
    'sn',
    's n',
    'n de serie',
    'no de serie',
    'num de serie',
    'numero de serie',
    'n serie',
    'num serie',
    'numero serie',
    'serie',
    'device serial number',
    'service tag',
    'n s',
  ],
  imei: ['imei', 'imei 1', 'imei1', 'imei 2', 'imei2', 'code imei', 'numero imei', 'n imei', 'imei number'],
  previous_asset_tag: [
    'asset tag',
    'asset',
    'tag',
    'etiquette',
    'n d inventaire',
    'numero d inventaire',
    'no d inventaire',
    'inventaire',
    'n inventaire',
    'code inventaire',
    'ancien numero',
    'ancienne etiquette',
    'id device internal',
    'device tag',
    'numero interne',
  ],
  external_id: [
    'dhid',
    'devicehub id',
    'id device supplier',
    'external id',
    'id externe',
    'reference externe',
    'identifiant externe',
  ],
  cpu: ['cpu', 'processor', 'processeur', 'proc', 'processor model'],
  ram_gb: ['ram', 'memory', 'memoire', 'memoire vive', 'ram go', 'ram gb', 'ram mb', 'ram mo', 'ram size'],
  screen_inches: [
    'screen',
    'ecran',
    'taille ecran',
    'taille d ecran',
    'screen size',
    'diagonale',
    'pouces',
    'display size',
    'taille de l ecran',
  ],
  os: ['os', 'systeme', 'systeme d exploitation', 'operating system', 'os version'],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'commentaire',
    'commentaires',
    'remarque',
    'remarques',
    'observations',
    'info',
    'infos',
    'asset notes',
  ],
  drive_serial: [
    'drive serial',
    'disk serial',
    'n de serie disque',
    'numero de serie disque',
    'serie disque',
    'hdd serial',
    'ssd serial',
    'datastorage 1 serial number',
  ],
  drive_type: ['drive type', 'disk type', 'type disque', 'type de disque', 'storage type', 'type de stockage'],
  drive_capacity_gb: [
    'capacity',
    'capacite',
    'disk size',
    'drive size',
    'taille disque',
    'stockage',
    'storage',
    'disque',
    'disque dur',
    'hdd',
    'ssd',
    'capacite disque',
    'data storage size',
    'datastorage 1 size',
    'storage size',
  ],
};

/** Units written in headers, `RAM (Mo)`, `Capacité (To)`: removed before matching, used to read the values. */
const UNIT_SUFFIX = /\s+(go|gb|gib|mo|mb|mib|to|tb|tib|inches|inch|pouces|in)$/;

const byKey = new Map<string, SpreadsheetField>();
for (const [fieldName, headers] of Object.entries(HEADERS) as [SpreadsheetField, string[]][]) {
  for (const header of headers) byKey.set(header, fieldName);
}

/** The field a header names, if any. */
export function fieldOfHeader(header: string): SpreadsheetField | undefined {
  const key = headerKey(header);
  return byKey.get(key) ?? byKey.get(key.replace(UNIT_SUFFIX, ''));
}

/** Fields that may take several columns (two IMEIs, two notes); the others take the first column that names them. */
const MANY_COLUMNS: readonly SpreadsheetField[] = ['imei', 'notes', 'external_id'];

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<SpreadsheetField>();
  for (const header of headers) {
    const found = fieldOfHeader(header);
    if (found === undefined || (taken.has(found) && !MANY_COLUMNS.includes(found))) continue;
    mapping[header] = found;
    taken.add(found);
  }
  return mapping;
}

/** The unit a header names for its values (`RAM (Mo)` -> `M`), to read cells that do not write theirs. */
export function headerUnit(header: string): 'M' | 'G' | 'T' | undefined {
  const unit = UNIT_SUFFIX.exec(headerKey(header))?.[1];
  if (unit === undefined) return undefined;
  if (/^m/.test(unit)) return 'M';
  if (/^t/.test(unit)) return 'T';
  if (/^g/.test(unit)) return 'G';
  return undefined;
}
