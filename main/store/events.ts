import { createHash, randomBytes } from 'node:crypto';
import type { ChainReport, EventEntity, EventEntry } from '../../shared/contract/events';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import type { Column } from './tables';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainHead {
  id: number;
  hash: string;
}

export interface StoredEvent {
  id: number;
  at: string;
  entity: string;
  entityId: number;
  type: string;
  payload: string;
  operatorId: number | null;
}

interface EventRow extends StoredEvent {
  prevHash: string;
  hash: string;
}

/** The hash covers every field of the event and the previous hash, so editing, removing or reordering shows. */
export function hashEvent(prevHash: string, event: StoredEvent): string {
  const canonical = JSON.stringify([
    event.id,
    event.at,
    event.entity,
    event.entityId,
    event.type,
    event.payload,
    event.operatorId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * What a person knows an event's entity by, looked up by primary key (cheap for the few rows a screen shows);
 * a beneficiary by the reference code, never by name.
 */
const SUBJECT_SQL = `CASE e.entity
  WHEN 'device' THEN (SELECT asset_tag FROM devices WHERE id = e.entity_id)
  WHEN 'batch' THEN (SELECT code FROM batches WHERE id = e.entity_id)
  WHEN 'site' THEN (SELECT name FROM sites WHERE id = e.entity_id)
  WHEN 'donor' THEN (SELECT name FROM donors WHERE id = e.entity_id)
  WHEN 'operator' THEN (SELECT name FROM operators WHERE id = e.entity_id)
  WHEN 'partner' THEN (SELECT name FROM partners WHERE id = e.entity_id)
  WHEN 'programme' THEN (SELECT name FROM programmes WHERE id = e.entity_id)
  WHEN 'beneficiary' THEN (SELECT reference FROM beneficiaries WHERE id = e.entity_id)
  WHEN 'sim' THEN (SELECT iccid FROM sim_cards WHERE id = e.entity_id)
  WHEN 'handover' THEN (SELECT number FROM handovers WHERE id = e.entity_id)
  WHEN 'return' THEN (SELECT number FROM returns WHERE id = e.entity_id)
END`;

/** The commitment an event keeps to its note (see migration 0006): unguessable once the note and salt are gone. */
export function noteDigest(salt: string, text: string): string {
  return createHash('sha256').update(salt).update('\n').update(text).digest('hex');
}

/**
 * Notes typed on the devices and SIM cards of a handover while they were out with the person: from the handover's
 * creation to the return of each item (or now, for an item not back).
 */
const NOTES_DURING_HANDOVER_SQL = `
  SELECT e.id FROM handover_items i
    JOIN handovers h ON h.id = i.handover_id
    LEFT JOIN returns r ON r.id = i.return_id
    JOIN events e ON e.entity = 'device' AND e.entity_id = i.device_id
  WHERE i.handover_id = @handoverId AND e.at >= h.created_at AND (r.recorded_at IS NULL OR e.at <= r.recorded_at)
  UNION
  SELECT e.id FROM handover_items i
    JOIN handovers h ON h.id = i.handover_id
    LEFT JOIN returns r ON r.id = i.return_id
    JOIN events e ON e.entity = 'sim' AND e.entity_id = i.sim_id
  WHERE i.handover_id = @handoverId AND e.at >= h.created_at AND (r.recorded_at IS NULL OR e.at <= r.recorded_at)`;

export class EventLog {
  private readonly insert;
  private readonly selectHead;
  private readonly upsertHead;
  private readonly selectAll;
  private readonly columns: string;
  // Prepared on first use: they join tables a database from an older Rebond may not have yet, and verifying the
  // chain of such a database (a backup before a migration) must not depend on them.
  private selectForEntity: Statement<[entity: EventEntity, entityId: number], EntryRow> | undefined;
  private selectRecent: Statement<[limit: number], EntryRow> | undefined;
  private selectEntitiesBetween: Statement<[afterId: number, upToId: number], EventEntity> | undefined;
  /** Null on a database from before migration 0006 (`rebond check` of an older file, a backup before migrating). */
  private readonly notes: { insert: Statement; forget: Statement; all: Statement<[], NoteRow> } | null;

  constructor(private readonly db: Db) {
    const hasNotes =
      db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'event_notes'").get() !== undefined;
    this.insert = db.prepare(
      `INSERT INTO events (id, at, entity, entity_id, type, payload, operator_id, prev_hash, hash)
       VALUES (@id, @at, @entity, @entityId, @type, @payload, @operatorId, @prevHash, @hash)`,
    );
    this.selectHead = db.prepare<[], ChainHead>(
      'SELECT last_id AS id, last_hash AS hash FROM event_chain_head WHERE singleton = 1',
    );
    this.upsertHead = db.prepare(
      `INSERT INTO event_chain_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`,
    );
    this.columns = `e.id, e.at, e.entity, e.entity_id AS entityId, e.type, e.payload, e.operator_id AS operatorId,
      o.name AS operatorName, ${SUBJECT_SQL} AS subject, ${hasNotes ? '(SELECT text FROM event_notes n WHERE n.event_id = e.id)' : 'NULL'} AS note`;
    this.notes = hasNotes
      ? {
          insert: db.prepare('INSERT INTO event_notes (event_id, salt, text) VALUES (?, ?, ?)'),
          forget: db.prepare(`DELETE FROM event_notes WHERE event_id IN (${NOTES_DURING_HANDOVER_SQL})`),
          all: db.prepare<[], NoteRow>(
            'SELECT n.event_id AS id, n.salt, n.text, e.payload FROM event_notes n JOIN events e ON e.id = n.event_id ORDER BY n.event_id',
          ),
        }
      : null;
    this.selectAll = db.prepare<[], EventRow>(
      `SELECT id, at, entity, entity_id AS entityId, type, payload, operator_id AS operatorId,
              prev_hash AS prevHash, hash FROM events ORDER BY id`,
    );
  }

  head(): ChainHead {
    return this.selectHead.get() ?? { id: 0, hash: GENESIS_HASH };
  }

  /**
   * Appends after `head` and returns the new head. Call inside the transaction that makes the change. A `note`
   * (free text a person typed with the action) is not written into the event: it goes to `event_notes` with a salt,
   * and the event keeps `noteSha256`. Reading the log puts the note back while it exists.
   */
  append(
    head: ChainHead,
    at: string,
    operatorId: number | null,
    entity: EventEntity,
    entityId: number,
    type: string,
    payload: Record<string, unknown>,
  ): ChainHead {
    const { note, ...rest } = payload;
    const salt = typeof note === 'string' && note !== '' ? randomBytes(16).toString('hex') : null;
    const logged = salt === null ? rest : { ...rest, noteSha256: noteDigest(salt, note as string) };
    const event: StoredEvent = {
      id: head.id + 1,
      at,
      entity,
      entityId,
      type,
      payload: JSON.stringify(logged),
      operatorId,
    };
    const hash = hashEvent(head.hash, event);
    this.insert.run({ ...event, prevHash: head.hash, hash });
    if (salt !== null) {
      if (!this.notes) throw new Error('event notes need migration 0006');
      this.notes.insert.run(event.id, salt, note);
    }
    return { id: event.id, hash };
  }

  saveHead(head: ChainHead): void {
    this.upsertHead.run(head.id, head.hash);
  }

  forEntity(entity: EventEntity, entityId: number): EventEntry[] {
    this.selectForEntity ??= this.db.prepare<[entity: EventEntity, entityId: number], EntryRow>(
      `SELECT ${this.columns} FROM events e LEFT JOIN operators o ON o.id = e.operator_id
       WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.id DESC LIMIT 500`,
    );
    return this.selectForEntity.all(entity, entityId).map(toEntry);
  }

  recent(limit: number): EventEntry[] {
    this.selectRecent ??= this.db.prepare<[limit: number], EntryRow>(
      `SELECT ${this.columns} FROM events e LEFT JOIN operators o ON o.id = e.operator_id ORDER BY e.id DESC LIMIT ?`,
    );
    return this.selectRecent.all(limit).map(toEntry);
  }

  /** The kinds of record (entities) the events after `afterId` up to `upToId` changed: what other desks must read again. */
  entitiesBetween(afterId: number, upToId: number): EventEntity[] {
    this.selectEntitiesBetween ??= this.db
      .prepare<[afterId: number, upToId: number], EventEntity>(
        'SELECT DISTINCT entity FROM events WHERE id > ? AND id <= ?',
      )
      .pluck();
    return this.selectEntitiesBetween.all(afterId, upToId);
  }

  /** Anonymisation: the notes written on a handover's devices and SIM cards while the person had them. */
  forgetNotesDuringHandover(handoverId: number): number {
    return this.notes?.forget.run({ handoverId }).changes ?? 0;
  }

  /** Recomputes the whole chain; reads in one pass without loading the log into memory. */
  verify(): ChainReport {
    let expectedPrev = GENESIS_HASH;
    let expectedId = 1;
    let checked = 0;
    for (const row of this.selectAll.iterate()) {
      if (row.id !== expectedId || row.prevHash !== expectedPrev) {
        return { ok: false, checked, firstBadEventId: row.id, problem: 'missing_or_reordered' };
      }
      if (hashEvent(row.prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBadEventId: row.id, problem: 'edited' };
      }
      expectedPrev = row.hash;
      expectedId += 1;
      checked += 1;
    }
    const head = this.head();
    if (head.id !== checked || head.hash !== expectedPrev) {
      return { ok: false, checked, firstBadEventId: checked + 1, problem: 'truncated' };
    }
    for (const note of this.notes?.all.iterate() ?? []) {
      const { noteSha256 } = JSON.parse(note.payload) as { noteSha256?: unknown };
      if (noteSha256 !== noteDigest(note.salt, note.text))
        return { ok: false, checked, firstBadEventId: note.id, problem: 'edited' };
    }
    return { ok: true, checked, firstBadEventId: null, problem: null };
  }
}

interface EntryRow extends Omit<StoredEvent, 'entity'> {
  entity: EventEntity;
  operatorName: Column<'operators', 'name'> | null;
  subject: string | null;
  note: Column<'event_notes', 'text'> | null;
}

interface NoteRow {
  id: Column<'event_notes', 'event_id'>;
  salt: Column<'event_notes', 'salt'>;
  text: Column<'event_notes', 'text'>;
  payload: Column<'events', 'payload'>;
}

function toEntry(row: EntryRow): EventEntry {
  return {
    id: row.id,
    at: row.at,
    entity: row.entity,
    entityId: row.entityId,
    type: row.type,
    payload: {
      ...(JSON.parse(row.payload) as Record<string, unknown>),
      ...(row.note === null ? {} : { note: row.note }),
    },
    operator: row.operatorId === null ? null : { id: row.operatorId, name: row.operatorName ?? '' },
    subject: row.subject,
  };
}
