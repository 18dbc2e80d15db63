import type { DeskSummary, StationSummary } from '../../../shared/contract/hub';
import type { Db } from '../open';

/** A stored password: scrypt's output, its salt and the parameters it was made with (JSON). */
export interface StoredPassword {
  hash: string;
  salt: string;
  params: string;
}

/** The hub's tables (migration 0013): paired desks, wiping stations, operators' passwords. */
export class HubRepository {
  private readonly statements;

  constructor(db: Db) {
    const desk = 'id, name, paired_at AS pairedAt, revoked_at AS revokedAt';
    const station = 'id, name, created_at AS createdAt, revoked_at AS revokedAt';
    this.statements = {
      insertDesk: db.prepare<[name: string, credentialSha256: string, at: string]>(
        'INSERT INTO hub_desks (name, credential_sha256, paired_at) VALUES (?, ?, ?)',
      ),
      desk: db.prepare<[id: number], DeskSummary>(`SELECT ${desk} FROM hub_desks WHERE id = ?`),
      desks: db.prepare<[], DeskSummary>(`SELECT ${desk} FROM hub_desks ORDER BY revoked_at IS NOT NULL, name, id`),
      liveDesk: db
        .prepare<[credentialSha256: string], number>(
          'SELECT id FROM hub_desks WHERE credential_sha256 = ? AND revoked_at IS NULL',
        )
        .pluck(),
      revokeDesk: db.prepare<[at: string, by: number, id: number]>(
        'UPDATE hub_desks SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      insertStation: db.prepare<[name: string, tokenSha256: string, at: string, by: number]>(
        'INSERT INTO hub_stations (name, token_sha256, created_at, created_by) VALUES (?, ?, ?, ?)',
      ),
      station: db.prepare<[id: number], StationSummary>(`SELECT ${station} FROM hub_stations WHERE id = ?`),
      stations: db.prepare<[], StationSummary>(
        `SELECT ${station} FROM hub_stations ORDER BY revoked_at IS NOT NULL, name, id`,
      ),
      liveStation: db.prepare<[tokenSha256: string], StationSummary>(
        `SELECT ${station} FROM hub_stations WHERE token_sha256 = ? AND revoked_at IS NULL`,
      ),
      revokeStation: db.prepare<[at: string, by: number, id: number]>(
        'UPDATE hub_stations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      password: db.prepare<[operatorId: number], StoredPassword>(
        'SELECT hash, salt, params FROM operator_passwords WHERE operator_id = ?',
      ),
      savePassword: db.prepare<[operatorId: number, hash: string, salt: string, params: string, at: string]>(
        `INSERT INTO operator_passwords (operator_id, hash, salt, params, set_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (operator_id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt, params = excluded.params,
           set_at = excluded.set_at`,
      ),
    };
  }

  insertDesk(name: string, credentialSha256: string, at: string): number {
    return Number(this.statements.insertDesk.run(name, credentialSha256, at).lastInsertRowid);
  }

  desk(id: number): DeskSummary | null {
    return this.statements.desk.get(id) ?? null;
  }

  desks(): DeskSummary[] {
    return this.statements.desks.all();
  }

  /** The desk holding this credential (by its SHA-256), unless revoked. */
  liveDesk(credentialSha256: string): number | null {
    return this.statements.liveDesk.get(credentialSha256) ?? null;
  }

  revokeDesk(id: number, at: string, by: number): boolean {
    return this.statements.revokeDesk.run(at, by, id).changes > 0;
  }

  insertStation(name: string, tokenSha256: string, at: string, by: number): number {
    return Number(this.statements.insertStation.run(name, tokenSha256, at, by).lastInsertRowid);
  }

  station(id: number): StationSummary | null {
    return this.statements.station.get(id) ?? null;
  }

  stations(): StationSummary[] {
    return this.statements.stations.all();
  }

  liveStation(tokenSha256: string): StationSummary | null {
    return this.statements.liveStation.get(tokenSha256) ?? null;
  }

  revokeStation(id: number, at: string, by: number): boolean {
    return this.statements.revokeStation.run(at, by, id).changes > 0;
  }

  password(operatorId: number): StoredPassword | null {
    return this.statements.password.get(operatorId) ?? null;
  }

  savePassword(operatorId: number, password: StoredPassword, at: string): void {
    this.statements.savePassword.run(operatorId, password.hash, password.salt, password.params, at);
  }
}
