import type { Site } from '../../../shared/contract/admin';
import type { Donor } from '../../../shared/contract/intake';
import type { OperatorSummary } from '../../../shared/contract/session';
import type { DonorKind, OperatorRole } from '../../../shared/domain/values';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column, TableRow } from '../tables';

export interface OperatorRecord extends OperatorSummary {
  pinHash: string | null;
}

interface OperatorRow {
  id: Column<'operators', 'id'>;
  name: Column<'operators', 'name'>;
  pinHash: Column<'operators', 'pin_hash'>;
  active: Column<'operators', 'active'>;
  /** The operator's roles, comma-separated. */
  roles: string;
  jobTitle: Column<'operators', 'job_title'>;
}

type SiteRow = Pick<TableRow<'sites'>, 'id' | 'name' | 'address' | 'active'>;

function toOperator(row: OperatorRow): OperatorRecord {
  return {
    id: row.id,
    name: row.name,
    roles: row.roles === '' ? [] : (row.roles.split(',') as OperatorRole[]),
    hasPin: row.pinHash !== null,
    pinHash: row.pinHash,
    active: row.active === 1,
    jobTitle: row.jobTitle,
  };
}

/** Sites, operators and donors: the small reference tables every desk picks from. */
export class PeopleRepository {
  private readonly statements;

  constructor(db: Db) {
    const operatorColumns = `o.id, o.name, o.pin_hash AS pinHash, o.active, o.job_title AS jobTitle,
      COALESCE((SELECT group_concat(role, ',') FROM operator_roles r WHERE r.operator_id = o.id), '') AS roles`;
    this.statements = {
      sites: db.prepare<[], SiteRow>('SELECT id, name, address, active FROM sites ORDER BY name'),
      site: db.prepare<[id: number], SiteRow>('SELECT id, name, address, active FROM sites WHERE id = ?'),
      insertSite: db.prepare('INSERT INTO sites (name, address, created_at) VALUES (?, ?, ?)'),
      updateSite: db.prepare('UPDATE sites SET name = ?, address = ?, active = ? WHERE id = ?'),
      operators: db.prepare<[], OperatorRow>(`SELECT ${operatorColumns} FROM operators o ORDER BY o.name`),
      operator: db.prepare<[id: number], OperatorRow>(`SELECT ${operatorColumns} FROM operators o WHERE o.id = ?`),
      operatorCount: db.prepare<[], number>('SELECT count(*) FROM operators').pluck(),
      activeAdminCount: db
        .prepare<[], number>(
          `SELECT count(*) FROM operators o JOIN operator_roles r ON r.operator_id = o.id
           WHERE o.active = 1 AND r.role = 'admin'`,
        )
        .pluck(),
      insertOperator: db.prepare('INSERT INTO operators (name, pin_hash, created_at) VALUES (?, ?, ?)'),
      updateOperator: db.prepare('UPDATE operators SET name = ?, active = ? WHERE id = ?'),
      updatePin: db.prepare('UPDATE operators SET pin_hash = ? WHERE id = ?'),
      updateJobTitle: db.prepare('UPDATE operators SET job_title = ? WHERE id = ?'),
      clearRoles: db.prepare('DELETE FROM operator_roles WHERE operator_id = ?'),
      insertRole: db.prepare('INSERT INTO operator_roles (operator_id, role) VALUES (?, ?)'),
      donors: db.prepare<[], Donor>('SELECT id, name, kind, contact FROM donors ORDER BY name'),
      donor: db.prepare<[id: number], Donor>('SELECT id, name, kind, contact FROM donors WHERE id = ?'),
      insertDonor: db.prepare('INSERT INTO donors (name, kind, contact, created_at) VALUES (?, ?, ?, ?)'),
    };
  }

  listSites(): Site[] {
    return this.statements.sites.all().map(toSite);
  }

  getSite(id: number): Site | null {
    const row = this.statements.site.get(id);
    return row ? toSite(row) : null;
  }

  insertSite(name: string, address: string | null, now: string): number {
    return Number(this.statements.insertSite.run(name, address, now).lastInsertRowid);
  }

  updateSite(site: Site): void {
    this.statements.updateSite.run(site.name, site.address, site.active ? 1 : 0, site.id);
  }

  listOperators(): OperatorRecord[] {
    return this.statements.operators.all().map(toOperator);
  }

  getOperator(id: number): OperatorRecord | null {
    const row = this.statements.operator.get(id);
    return row ? toOperator(row) : null;
  }

  operatorCount(): number {
    return oneRow(this.statements.operatorCount);
  }

  activeAdminCount(): number {
    return oneRow(this.statements.activeAdminCount);
  }

  insertOperator(name: string, pinHash: string | null, roles: readonly OperatorRole[], now: string): number {
    const id = Number(this.statements.insertOperator.run(name, pinHash, now).lastInsertRowid);
    this.setRoles(id, roles);
    return id;
  }

  updateOperator(id: number, name: string, active: boolean, roles: readonly OperatorRole[]): void {
    this.statements.updateOperator.run(name, active ? 1 : 0, id);
    this.setRoles(id, roles);
  }

  setPin(id: number, pinHash: string | null): void {
    this.statements.updatePin.run(pinHash, id);
  }

  /** The job title printed on erasure certificates; null removes it. */
  setJobTitle(id: number, jobTitle: string | null): void {
    this.statements.updateJobTitle.run(jobTitle, id);
  }

  private setRoles(id: number, roles: readonly OperatorRole[]): void {
    this.statements.clearRoles.run(id);
    for (const role of new Set(roles)) this.statements.insertRole.run(id, role);
  }

  listDonors(): Donor[] {
    return this.statements.donors.all();
  }

  getDonor(id: number): Donor | null {
    return this.statements.donor.get(id) ?? null;
  }

  insertDonor(name: string, kind: DonorKind, contact: string | null, now: string): number {
    return Number(this.statements.insertDonor.run(name, kind, contact, now).lastInsertRowid);
  }
}

function toSite(row: SiteRow): Site {
  return { ...row, active: row.active === 1 };
}
