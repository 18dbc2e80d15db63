import type { Db } from '../open';

export interface MonthKindCount {
  month: string;
  kind: string;
  count: number;
}

export interface StateMove {
  /** How many of the boundaries given the event is at or after (1 = between the first and the second). */
  passed: number;
  fromState: string | null;
  toState: string | null;
  count: number;
}

export interface BucketResultCount {
  bucket: number;
  result: string;
  count: number;
}

/** `(col >= @b0) + (col >= @b1) + …`: how many of the boundaries a value is at or after, in one pass. */
function boundariesPassed(column: string, count: number, wrap = (parameter: string) => parameter): string {
  return Array.from({ length: count }, (_, index) => `(${column} >= ${wrap(`@b${index}`)})`).join(' + ');
}

function boundaryParams(boundaries: readonly string[]): Record<string, string> {
  return Object.fromEntries(boundaries.map((boundary, index) => [`b${index}`, boundary]));
}

/**
 * Device state changes since the first boundary, by boundaries passed and states left and entered. `+entity` keeps
 * SQLite on the rowid range (the period) rather than the entity index, which would read every device's history.
 */
export function stateMovesSql(boundaries: number): string {
  return `SELECT ${boundariesPassed('at', boundaries)} AS passed,
                CASE WHEN type = 'device.registered' THEN NULL ELSE json_extract(payload, '$.from') END AS fromState,
                CASE WHEN type = 'device.registered' THEN 'received' ELSE json_extract(payload, '$.to') END AS toState,
                count(*) AS count
           FROM events
          WHERE id >= @first AND at >= @b0 AND +entity = 'device'
            AND (type = 'device.registered' OR type GLOB 'lifecycle.*')
          GROUP BY passed, fromState, toState`;
}

/** Erasure records that ended in the period, by week and result; julianday() reads `Z` and `+01:00` alike. */
export function erasureBucketsSql(boundaries: number): string {
  const passed = boundariesPassed('julianday(ended_at)', boundaries, (parameter) => `julianday(${parameter})`);
  return `SELECT ${passed} - 1 AS bucket, result, count(*) AS count
      FROM erasures
     WHERE id >= @first AND julianday(ended_at) >= julianday(@b0) AND julianday(ended_at) < julianday(@end)
     GROUP BY bucket, result`;
}

/**
 * The aggregates the dashboard's charts read, each bounded by an index or a rowid range: handovers by their day
 * (`handovers_handed`), device events and erasures from the first row of the period (found by rowid, as both are
 * appended in time order), the counts by state from `device_counts`, a programme's items by `handovers_programme`.
 */
export class DashboardFigures {
  private readonly statements;
  private readonly moves = new Map<number, ReturnType<Db['prepare']>>();
  private readonly erasureBuckets = new Map<number, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {
    this.statements = {
      handoversByMonth: db.prepare<[from: string, to: string], MonthKindCount>(
        `SELECT substr(handed_on, 1, 7) AS month, kind, count(*) AS count FROM handovers
         WHERE handed_on >= ? AND handed_on < ? GROUP BY month, kind`,
      ),
      countsByState: db.prepare<[], { status: string; count: number }>(
        'SELECT status, sum(count) AS count FROM device_counts GROUP BY status',
      ),
      eventBounds: db.prepare<[], { low: number | null; high: number | null }>(
        'SELECT (SELECT min(id) FROM events) AS low, (SELECT max(id) FROM events) AS high',
      ),
      eventAt: db.prepare<[id: number], { id: number; at: string }>(
        'SELECT id, at FROM events WHERE id >= ? ORDER BY id LIMIT 1',
      ),
      erasureBounds: db.prepare<[], { low: number | null; high: number | null }>(
        'SELECT (SELECT min(id) FROM erasures) AS low, (SELECT max(id) FROM erasures) AS high',
      ),
      erasureAt: db.prepare<[id: number], { id: number; at: string }>(
        'SELECT id, recorded_at AS at FROM erasures WHERE id >= ? ORDER BY id LIMIT 1',
      ),
      runningProgrammes: db.prepare<[today: string, today: string], { id: number; name: string }>(
        `SELECT id, name FROM programmes WHERE starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
         AND EXISTS (SELECT 1 FROM programme_targets t WHERE t.programme_id = programmes.id AND t.target > 0)
         ORDER BY starts_on, id`,
      ),
      targets: db.prepare<[programmeId: number], { item: string; target: number }>(
        'SELECT item, target FROM programme_targets WHERE programme_id = ? AND target > 0 ORDER BY item',
      ),
      handedOut: db.prepare<[programmeId: number, programmeId: number], { item: string; count: number }>(
        `SELECT d.kind AS item, count(*) AS count
           FROM handovers h JOIN handover_items i ON i.handover_id = h.id JOIN devices d ON d.id = i.device_id
          WHERE h.programme_id = ? GROUP BY d.kind
         UNION ALL
         SELECT 'sim' AS item, count(*) AS count
           FROM handovers h JOIN handover_items i ON i.handover_id = h.id
          WHERE h.programme_id = ? AND i.sim_id IS NOT NULL`,
      ),
    };
  }

  /** Handovers per month and kind, for days `from` (included) to `to` (excluded). */
  handoversByMonth(from: string, to: string): MonthKindCount[] {
    return this.statements.handoversByMonth.all(from, to);
  }

  countsByState(): Map<string, number> {
    return new Map(this.statements.countsByState.all().map((row) => [row.status, row.count]));
  }

  /**
   * The devices' state changes (registrations, lifecycle moves) at or after `boundaries[0]`, counted by how many
   * boundaries each is at or after, and by the states it left and entered.
   */
  stateMovesSince(boundaries: readonly string[]): StateMove[] {
    const first = this.firstRowAt(this.statements.eventBounds, this.statements.eventAt, boundaries[0] ?? '');
    if (first === null) return [];
    let statement = this.moves.get(boundaries.length);
    if (!statement) {
      statement = this.db.prepare(stateMovesSql(boundaries.length));
      this.moves.set(boundaries.length, statement);
    }
    return statement.all({ first, ...boundaryParams(boundaries) }) as StateMove[];
  }

  /**
   * Erasure records that ended between `boundaries[0]` and `end`, by result and by the boundaries passed (0 = between
   * the first and the second). Only records made since the first boundary are read (one ends before it is recorded).
   */
  erasuresByBucket(boundaries: readonly string[], end: string): BucketResultCount[] {
    const first = this.firstRowAt(this.statements.erasureBounds, this.statements.erasureAt, boundaries[0] ?? '');
    if (first === null) return [];
    let statement = this.erasureBuckets.get(boundaries.length);
    if (!statement) {
      statement = this.db.prepare(erasureBucketsSql(boundaries.length));
      this.erasureBuckets.set(boundaries.length, statement);
    }
    return statement.all({ first, end, ...boundaryParams(boundaries) }) as BucketResultCount[];
  }

  runningProgrammes(today: string): { id: number; name: string }[] {
    return this.statements.runningProgrammes.all(today, today);
  }

  targets(programmeId: number): { item: string; target: number }[] {
    return this.statements.targets.all(programmeId);
  }

  handedOut(programmeId: number): Map<string, number> {
    return new Map(this.statements.handedOut.all(programmeId, programmeId).map((row) => [row.item, row.count]));
  }

  /**
   * The first row (by id) stamped at or after `instant`, by bisection over the ids: rows are appended in time order,
   * so this reads about log2(rows) rows instead of the table. Null when every row is older.
   */
  private firstRowAt(
    bounds: { get(): { low: number | null; high: number | null } | undefined },
    rowAt: { get(id: number): { id: number; at: string } | undefined },
    instant: string,
  ): number | null {
    const range = bounds.get();
    if (!range || range.low === null || range.high === null) return null;
    let low = range.low;
    let high = range.high;
    const last = rowAt.get(high);
    if (!last || last.at < instant) return null;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const row = rowAt.get(middle);
      if (!row) break;
      if (row.at >= instant) high = Math.min(middle, row.id);
      else low = row.id + 1;
    }
    return low;
  }
}
