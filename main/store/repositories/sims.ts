import type { SimCard, TopUp } from '../../../shared/contract/sims';
import type { SimState } from '../../../shared/domain/sim-lifecycle';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column } from '../tables';

export interface NewSim {
  iccid: string;
  phoneNumber: string | null;
  operator: string;
  planName: string;
  planDataGb: number | null;
  planValidityDays: number | null;
  pin: string | null;
  puk: string | null;
  receivedOn: string;
  notes: string | null;
}

export type SimFields = Omit<NewSim, 'iccid' | 'receivedOn' | 'pin' | 'puk'>;

export interface NewTopUp {
  simId: number;
  toppedUpOn: string;
  amountCents: number;
  dataGb: number | null;
  validityDays: number;
  programmeId: number | null;
  recordedBy: number;
}

/** `hasPin` and `hasPuk` come as SQLite's 0 or 1. */
type SimRow = Omit<SimCard, 'hasPin' | 'hasPuk'> & { hasPin: number; hasPuk: number };
type TopUpRow = Omit<TopUp, 'programme' | 'recordedBy'> & {
  programmeId: Column<'sim_top_ups', 'programme_id'>;
  programmeName: Column<'programmes', 'name'> | null;
  recordedById: Column<'sim_top_ups', 'recorded_by'>;
  recordedByName: Column<'operators', 'name'>;
};
type NumberHolder = { id: Column<'sim_cards', 'id'>; iccid: Column<'sim_cards', 'iccid'> };
type Secrets = { pin: Column<'sim_cards', 'pin'>; puk: Column<'sim_cards', 'puk'> };

interface ListParams {
  /** The states wanted, as a JSON array; `[]` for any. */
  statuses: string;
  query: string;
  like: string;
  limit: number;
}

const toSim = ({ hasPin, hasPuk, ...row }: SimRow): SimCard => ({ ...row, hasPin: hasPin === 1, hasPuk: hasPuk === 1 });

/** Prepaid SIM cards and their top-up ledger. PIN and PUK are read only through `secrets`. */
export class SimRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `s.id, s.iccid, s.phone_number AS phoneNumber, s.operator, s.plan_name AS planName,
      s.plan_data_gb AS planDataGb, s.plan_validity_days AS planValidityDays, s.status, s.expires_on AS expiresOn,
      s.pin IS NOT NULL AS hasPin, s.puk IS NOT NULL AS hasPuk, s.received_on AS receivedOn, s.notes,
      s.updated_at AS updatedAt`;
    this.statements = {
      one: db.prepare<[id: number], SimRow>(`SELECT ${columns} FROM sim_cards s WHERE s.id = ?`),
      count: db.prepare<[], number>('SELECT count(*) FROM sim_cards').pluck(),
      byIccid: db
        .prepare<[iccid: string], Column<'sim_cards', 'id'>>('SELECT id FROM sim_cards WHERE iccid = ?')
        .pluck(),
      byNumber: db.prepare<[phoneNumber: string], NumberHolder>(
        'SELECT id, iccid FROM sim_cards WHERE phone_number = ?',
      ),
      list: db.prepare<ListParams, SimRow>(
        `SELECT ${columns} FROM sim_cards s
         WHERE (@statuses = '[]' OR s.status IN (SELECT value FROM json_each(@statuses)))
           AND (@query = '' OR s.iccid LIKE @like OR s.phone_number LIKE @like)
         ORDER BY s.id DESC LIMIT @limit`,
      ),
      insert: db.prepare(
        `INSERT INTO sim_cards (iccid, phone_number, operator, plan_name, plan_data_gb, plan_validity_days, pin, puk,
           status, received_on, notes, created_at, updated_at)
         VALUES (@iccid, @phoneNumber, @operator, @planName, @planDataGb, @planValidityDays, @pin, @puk, 'in_stock',
           @receivedOn, @notes, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE sim_cards SET phone_number = @phoneNumber, operator = @operator, plan_name = @planName,
           plan_data_gb = @planDataGb, plan_validity_days = @planValidityDays, notes = @notes, updated_at = @now
         WHERE id = @id`,
      ),
      setPin: db.prepare('UPDATE sim_cards SET pin = ?, updated_at = ? WHERE id = ?'),
      setPuk: db.prepare('UPDATE sim_cards SET puk = ?, updated_at = ? WHERE id = ?'),
      secrets: db.prepare<[id: number], Secrets>('SELECT pin, puk FROM sim_cards WHERE id = ?'),
      setStatus: db.prepare('UPDATE sim_cards SET status = ?, updated_at = ? WHERE id = ?'),
      setExpiry: db.prepare('UPDATE sim_cards SET expires_on = ?, updated_at = ? WHERE id = ?'),
      topUps: db.prepare<[simId: number], TopUpRow>(
        `SELECT t.id, t.topped_up_on AS toppedUpOn, t.amount_cents AS amountCents, t.data_gb AS dataGb,
           t.validity_days AS validityDays, t.programme_id AS programmeId, p.name AS programmeName,
           t.recorded_by AS recordedById, o.name AS recordedByName
         FROM sim_top_ups t LEFT JOIN programmes p ON p.id = t.programme_id JOIN operators o ON o.id = t.recorded_by
         WHERE t.sim_id = ? ORDER BY t.topped_up_on, t.id`,
      ),
      insertTopUp: db.prepare(
        `INSERT INTO sim_top_ups (sim_id, topped_up_on, amount_cents, data_gb, validity_days, programme_id,
           recorded_by, recorded_at)
         VALUES (@simId, @toppedUpOn, @amountCents, @dataGb, @validityDays, @programmeId, @recordedBy, @now)`,
      ),
    };
  }

  get(id: number): SimCard | null {
    const row = this.statements.one.get(id);
    return row ? toSim(row) : null;
  }

  count(): number {
    return oneRow(this.statements.count);
  }

  idByIccid(iccid: string): number | null {
    return this.statements.byIccid.get(iccid) ?? null;
  }

  holderOfNumber(phoneNumber: string): NumberHolder | null {
    return this.statements.byNumber.get(phoneNumber) ?? null;
  }

  list(filter: { statuses: readonly SimState[]; query: string; limit: number }): SimCard[] {
    const rows = this.statements.list.all({
      statuses: JSON.stringify(filter.statuses),
      query: filter.query,
      like: `%${filter.query.replace(/[%_]/g, '')}%`,
      limit: filter.limit,
    });
    return rows.map(toSim);
  }

  insert(sim: NewSim, now: string): number {
    return Number(this.statements.insert.run({ ...sim, now }).lastInsertRowid);
  }

  update(id: number, fields: SimFields, now: string): void {
    this.statements.update.run({ ...fields, id, now });
  }

  setSecret(id: number, which: 'pin' | 'puk', value: string | null, now: string): void {
    (which === 'pin' ? this.statements.setPin : this.statements.setPuk).run(value, now, id);
  }

  secrets(id: number): Secrets | null {
    return this.statements.secrets.get(id) ?? null;
  }

  setStatus(id: number, status: SimState, now: string): void {
    this.statements.setStatus.run(status, now, id);
  }

  setExpiry(id: number, expiresOn: string | null, now: string): void {
    this.statements.setExpiry.run(expiresOn, now, id);
  }

  topUps(simId: number): TopUp[] {
    return this.statements.topUps
      .all(simId)
      .map(({ programmeId, programmeName, recordedById, recordedByName, ...row }) => ({
        ...row,
        programme: programmeId === null ? null : { id: programmeId, name: programmeName ?? '' },
        recordedBy: { id: recordedById, name: recordedByName },
      }));
  }

  insertTopUp(topUp: NewTopUp, now: string): number {
    return Number(this.statements.insertTopUp.run({ ...topUp, now }).lastInsertRowid);
  }
}
