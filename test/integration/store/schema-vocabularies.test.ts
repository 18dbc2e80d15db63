import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_MAX_LENGTH } from '../../../shared/domain/agreement-template';
import { CLAUSE_VARIANTS } from '../../../shared/domain/agreement-variants';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, DOCUMENT_SUBJECT_TYPES } from '../../../shared/domain/documents';
import {
  AGREEMENT_VARIANTS,
  BENEFICIARY_CATEGORIES,
  HANDOVER_KINDS,
  PARTNER_KINDS,
  SIM_RETURN_OUTCOMES,
  TARGET_ITEMS,
} from '../../../shared/domain/lending';
import { DEVICE_STATES } from '../../../shared/domain/lifecycle';
import { SIGNATURE_MODES, SIGNED_COPY_MEDIA_TYPES, SIGNERS } from '../../../shared/domain/signatures';
import { SIM_STATES } from '../../../shared/domain/sim-lifecycle';
import { LANGS } from '../../../shared/i18n';
import {
  APPEARANCE_GRADES,
  DEVICE_KINDS,
  DONOR_KINDS,
  DRIVE_TYPES,
  ERASURE_DESTINATIONS,
  ERASURE_RESULTS,
  ERASURE_TECHNIQUES,
  FUNCTIONAL_RESULTS,
  OPERATOR_ROLES,
  REFURBISHMENT_OUTCOMES,
  SANITISATION_LEVELS,
  VERIFICATION_KINDS,
} from '../../../shared/domain/values';
import { BACKUP_STATES } from '../../../shared/domain/sanitisation';
import { HIDDEN_AREA_STATES, IMPORTED_ERASURE_STATUSES } from '../../../shared/domain/import-records';
import { IMPORT_QUEUE_ORIGINS, IMPORT_QUEUE_STATUSES } from '../../../shared/contract/imports';
import { RECYCLER_KINDS, WASTE_CODES } from '../../../shared/domain/waste';
import { DRIVE_REMOVAL_REASONS } from '../../../shared/domain/lifecycle';
import { migrate } from '../../../main/store/migrate';

/**
 * The migrations are frozen, the vocabularies are not: a value added to a vocabulary that a CHECK of the schema
 * lists is refused by the database until a migration rebuilds that table with the wider list. This says which.
 */
const CHECKED: readonly [table: string, column: string, values: readonly string[]][] = [
  ['operator_roles', 'role', OPERATOR_ROLES],
  ['donors', 'kind', DONOR_KINDS],
  ['devices', 'kind', DEVICE_KINDS],
  ['devices', 'status', DEVICE_STATES],
  ['devices', 'grade', ['', ...APPEARANCE_GRADES]],
  ['devices', 'functional', FUNCTIONAL_RESULTS],
  ['drives', 'type', DRIVE_TYPES],
  ['erasures', 'level', SANITISATION_LEVELS],
  ['erasures', 'technique', ERASURE_TECHNIQUES],
  ['erasures', 'result', ERASURE_RESULTS],
  ['erasures', 'verification', VERIFICATION_KINDS],
  ['erasures', 'destination', ERASURE_DESTINATIONS],
  ['erasures', 'backup', BACKUP_STATES],
  ['refurbishments', 'outcome', REFURBISHMENT_OUTCOMES],
  ['partners', 'kind', PARTNER_KINDS],
  ['programmes', 'default_kind', HANDOVER_KINDS],
  ['programmes', 'agreement_variant', AGREEMENT_VARIANTS],
  ['programme_targets', 'item', TARGET_ITEMS],
  ['beneficiaries', 'category', BENEFICIARY_CATEGORIES],
  ['recyclings', 'waste_code', WASTE_CODES],
  ['drive_removals', 'reason', DRIVE_REMOVAL_REASONS],
  ['recyclings', 'recycler_kind', RECYCLER_KINDS],
  ['sim_cards', 'status', SIM_STATES],
  ['handovers', 'kind', HANDOVER_KINDS],
  ['handover_items', 'return_grade', APPEARANCE_GRADES],
  ['handover_items', 'sim_outcome', SIM_RETURN_OUTCOMES],
  ['documents', 'kind', DOCUMENT_KINDS],
  ['documents', 'subject_type', DOCUMENT_SUBJECT_TYPES],
  ['documents', 'format', DOCUMENT_FORMATS],
  ['documents', 'lang', LANGS],
  ['agreement_texts', 'variant', CLAUSE_VARIANTS],
  ['agreement_texts', 'lang', LANGS],
  ['programme_item_values', 'item', TARGET_ITEMS],
  ['handover_signatures', 'signer', SIGNERS],
  ['handover_signatures', 'mode', SIGNATURE_MODES],
  ['handover_attachments', 'media_type', SIGNED_COPY_MEDIA_TYPES],
  ['imported_erasures', 'tool_status', IMPORTED_ERASURE_STATUSES],
  ['imported_erasures', 'hidden_areas', HIDDEN_AREA_STATES],
  ['import_queue', 'origin', IMPORT_QUEUE_ORIGINS],
  ['import_queue', 'status', IMPORT_QUEUE_STATUSES],
];

const db = new Database(':memory:');
migrate(db);
afterAll(() => db.close());

function tableSql(table: string): string {
  return db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string;
}

/** The values of `column IN ('a', 'b')` in the table's CHECK. */
function listedValues(table: string, column: string): string[] {
  const list = new RegExp(`\\b${column} IN \\(([^)]*)\\)`).exec(tableSql(table))?.[1];
  if (list === undefined) throw new Error(`${table}.${column} has no CHECK list`);
  return [...list.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
}

describe('the frozen schema accepts every value of the live vocabularies', () => {
  it.each(CHECKED)('%s.%s', (table, column, values) => {
    const missing = values.filter((value) => !listedValues(table, column).includes(value));
    expect(
      missing,
      `add a migration that rebuilds ${table} (rebuildsTables: true) with these values in its CHECK`,
    ).toEqual([]);
  });

  it('agreement_texts.body is as long as an agreement text may be', () => {
    const limit = Number(/length\(body\) BETWEEN 1 AND (\d+)/.exec(tableSql('agreement_texts'))?.[1]);
    expect(limit).toBeGreaterThanOrEqual(TEMPLATE_MAX_LENGTH);
  });

  it('every CHECK list of the schema is covered above', () => {
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL").all() as {
      name: string;
      sql: string;
    }[];
    const lists = tables.flatMap(({ name, sql }) =>
      [...sql.matchAll(/\b(\w+) IN \('/g)].map((match) => `${name}.${match[1]}`),
    );
    const covered = new Set(CHECKED.map(([table, column]) => `${table}.${column}`));
    expect(lists.filter((list) => !covered.has(list))).toEqual([]);
  });
});
