import type { Statement } from 'better-sqlite3';
import type { DeviceSummary, SortColumn } from '../../../shared/contract/inventory';
import { DEVICE_STATES, type DeviceState } from '../../../shared/domain/lifecycle';
import type { AppearanceGrade, DeviceKind } from '../../../shared/domain/values';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column } from '../tables';
import { SUMMARY_COLUMNS, SUMMARY_FROM } from './devices';

export interface Filter {
  statuses: DeviceState[];
  kinds: DeviceKind[];
  grades: AppearanceGrade[];
  siteId: number | null;
  batchId: number | null;
}

export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

/** Every sortable column is NOT NULL, so a (value, id) pair orders rows totally and keyset paging is exact. */
const SORT_SQL: Record<SortColumn, string> = {
  assetTag: 'd.asset_tag',
  kind: 'd.kind',
  status: 'd.status',
  make: 'd.make',
  model: 'd.model',
  grade: 'd.grade',
  receivedOn: 'd.received_on',
  updatedAt: 'd.updated_at',
};

const SORT_VALUE: Record<SortColumn, (row: DeviceSummary) => string> = {
  assetTag: (row) => row.assetTag,
  kind: (row) => row.kind,
  status: (row) => row.status,
  make: (row) => row.make,
  model: (row) => row.model,
  grade: (row) => row.grade ?? '',
  receivedOn: (row) => row.receivedOn,
  updatedAt: (row) => row.updatedAt,
};

export type Cursor = [value: string, id: number];

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      return [value[0], value[1] as number];
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * The WHERE terms of a filter. With `useIndexes: false` each column is written `+d.col`, which keeps SQLite from
 * using an index for it, so that the sort order's index drives the scan instead.
 */
function filterClauses(filter: Filter, useIndexes = true): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const ref = (column: string) => (useIndexes ? `d.${column}` : `+d.${column}`);
  const anyOf = (column: string, values: readonly (string | number)[]) => {
    if (values.length === 0) return;
    clauses.push(`${ref(column)} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  anyOf('status', filter.statuses);
  // A voided device (recorded by mistake) is listed only when asked for by its state; `+` keeps the planner's choice.
  if (filter.statuses.length === 0) clauses.push("+d.status <> 'voided'");
  anyOf('kind', filter.kinds);
  anyOf('grade', filter.grades);
  anyOf('site_id', filter.siteId === null ? [] : [filter.siteId]);
  anyOf('batch_id', filter.batchId === null ? [] : [filter.batchId]);
  return { clauses, params };
}

/** Past this many matches, walking the sort order's index finds a page faster than sorting the matches. */
const MANY_MATCHES = 2000;

/** The first value above every string starting with `prefix`, for index range scans. */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/** Escapes a search fragment for an FTS5 phrase. */
function ftsPhrase(fragment: string): string {
  return `"${fragment.replaceAll('"', '""')}"`;
}

/** Statements built from a filter, prepared once per distinct SQL text, typed by what they answer. */
class StatementCache<Row> {
  private readonly statements = new Map<string, Statement<unknown[], Row>>();

  constructor(
    private readonly db: Db,
    private readonly pluck: boolean,
  ) {}

  get(sql: string): Statement<unknown[], Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size > 200) this.statements.clear();
      statement = this.db.prepare<unknown[], Row>(sql).pluck(this.pluck);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Read-side queries of the inventory table and the search box. */
export class InventoryRepository {
  /** `SELECT count(*) …` of a filter. */
  private readonly countStatements;
  /** Pages of a filter in a sort order. */
  private readonly pageStatements;
  private readonly exactStatement;
  private readonly fragmentStatement;
  private readonly prefixStatement;
  private readonly countsStatement;

  constructor(db: Db) {
    this.countStatements = new StatementCache<number>(db, true);
    this.pageStatements = new StatementCache<DeviceSummary>(db, false);
    this.exactStatement = db.prepare<{ q: string }, DeviceSummary>(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE d.id IN (
         SELECT id FROM devices WHERE asset_tag = @q UNION SELECT id FROM devices WHERE serial = @q AND serial <> ''
         UNION SELECT id FROM devices WHERE imei = @q AND imei <> '' UNION SELECT id FROM devices WHERE imei2 = @q AND imei2 <> '')
       ORDER BY (d.asset_tag = @q) DESC, d.id DESC LIMIT 10`,
    );
    this.fragmentStatement = db.prepare<[phrase: string, limit: number], DeviceSummary>(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
       WHERE d.id IN (SELECT rowid FROM device_search WHERE device_search MATCH ? ORDER BY rowid DESC LIMIT ?)
       ORDER BY d.id DESC`,
    );
    // The `<> ''` terms let SQLite use the partial indexes on serial and IMEI.
    const range = (column: string) =>
      `SELECT id FROM (SELECT id FROM devices WHERE ${column} >= @q AND ${column} < @end AND ${column} <> '' LIMIT @limit)`;
    this.prefixStatement = db.prepare<{ q: string; end: string; limit: number }, DeviceSummary>(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE d.id IN (
         ${range('asset_tag')} UNION ${range('serial')} UNION ${range('imei')})
       ORDER BY d.id DESC LIMIT @limit`,
    );
    // Kept by triggers on `devices` (migration 0008): a few dozen rows, whatever the size of the warehouse.
    this.countsStatement = db.prepare<[], { status: Column<'device_counts', 'status'>; count: number }>(
      'SELECT status, sum(count) AS count FROM device_counts GROUP BY status',
    );
  }

  private matchesMany(filter: Filter): boolean {
    const { clauses, params } = filterClauses(filter);
    // Only the voided records left out: nearly every device matches.
    if (clauses.length === 1 && filter.statuses.length === 0) return true;
    const sql = `SELECT count(*) FROM (SELECT 1 FROM devices d WHERE ${clauses.join(' AND ')} LIMIT ${MANY_MATCHES})`;
    return oneRow(this.countStatements.get(sql), ...params) >= MANY_MATCHES;
  }

  /**
   * One page in keyset order. A broad filter walks the sort index and stops after `limit` rows; a narrow one
   * reads its few matches through the filter's index and sorts them. SQLite's planner cannot tell which is
   * which from the query alone, so a bounded count decides.
   */
  page(
    filter: Filter,
    sort: Sort,
    limit: number,
    cursor: Cursor | null,
  ): { rows: DeviceSummary[]; next: Cursor | null } {
    const driveBySort = this.matchesMany(filter);
    const { clauses, params } = filterClauses(filter, !driveBySort);
    const column = driveBySort ? SORT_SQL[sort.column] : `+${SORT_SQL[sort.column]}`;
    const after = sort.direction === 'asc' ? '>' : '<';
    if (cursor) {
      clauses.push(`(${column}, d.id) ${after} (?, ?)`);
      params.push(cursor[0], cursor[1]);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const direction = sort.direction.toUpperCase();
    const sql = `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${where} ORDER BY ${column} ${direction}, d.id ${direction} LIMIT ?`;
    const rows = this.pageStatements.get(sql).all(...params, limit + 1);
    const hasMore = rows.length > limit;
    const pageRows = hasMore ? rows.slice(0, limit) : rows;
    const last = pageRows.at(-1);
    return { rows: pageRows, next: hasMore && last ? [SORT_VALUE[sort.column](last), last.id] : null };
  }

  count(filter: Filter): number {
    const { clauses, params } = filterClauses(filter);
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return oneRow(this.countStatements.get(`SELECT count(*) FROM devices d ${where}`), ...params);
  }

  exact(query: string): DeviceSummary[] {
    return this.exactStatement.all({ q: query });
  }

  /** Any fragment of three characters or more, through the trigram index. */
  fragment(query: string, limit: number): DeviceSummary[] {
    return this.fragmentStatement.all(ftsPhrase(query), limit);
  }

  prefix(query: string, limit: number): DeviceSummary[] {
    return this.prefixStatement.all({ q: query, end: prefixEnd(query), limit });
  }

  countsByStatus(): Record<DeviceState, number> {
    const counts = Object.fromEntries(DEVICE_STATES.map((state) => [state, 0])) as Record<DeviceState, number>;
    for (const row of this.countsStatement.all()) {
      counts[row.status] = row.count;
    }
    return counts;
  }
}
