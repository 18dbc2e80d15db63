import type { Partner } from '../../../shared/contract/lending-types';
import type { PartnerKind } from '../../../shared/domain/lending';
import type { Db } from '../open';
import type { Column } from '../tables';

export interface PartnerFields {
  name: string;
  kind: PartnerKind;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

type PartnerRow = Omit<Partner, 'active'> & { active: Column<'partners', 'active'> };

const toPartner = ({ active, ...row }: PartnerRow): Partner => ({ ...row, active: active === 1 });

/** Schools, social services, mission locales, child-protection services, foster carers, institutions. */
export class PartnerRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `id, name, kind, address, contact_name AS contactName, contact_phone AS contactPhone,
      contact_email AS contactEmail, active`;
    this.statements = {
      all: db.prepare<[], PartnerRow>(`SELECT ${columns} FROM partners ORDER BY name COLLATE NOCASE`),
      active: db.prepare<[], PartnerRow>(
        `SELECT ${columns} FROM partners WHERE active = 1 ORDER BY name COLLATE NOCASE`,
      ),
      one: db.prepare<[id: number], PartnerRow>(`SELECT ${columns} FROM partners WHERE id = ?`),
      byName: db
        .prepare<[name: string], Column<'partners', 'id'>>('SELECT id FROM partners WHERE name = ? COLLATE NOCASE')
        .pluck(),
      insert: db.prepare(
        `INSERT INTO partners (name, kind, address, contact_name, contact_phone, contact_email, created_at, updated_at)
         VALUES (@name, @kind, @address, @contactName, @contactPhone, @contactEmail, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE partners SET name = @name, kind = @kind, address = @address, contact_name = @contactName,
           contact_phone = @contactPhone, contact_email = @contactEmail, active = @active, updated_at = @now
         WHERE id = @id`,
      ),
    };
  }

  list(includeInactive: boolean): Partner[] {
    return (includeInactive ? this.statements.all : this.statements.active).all().map(toPartner);
  }

  get(id: number): Partner | null {
    const row = this.statements.one.get(id);
    return row ? toPartner(row) : null;
  }

  idByName(name: string): number | null {
    return this.statements.byName.get(name) ?? null;
  }

  insert(fields: PartnerFields, now: string): number {
    return Number(this.statements.insert.run({ ...fields, now }).lastInsertRowid);
  }

  update(id: number, fields: PartnerFields & { active: boolean }, now: string): void {
    this.statements.update.run({ ...fields, id, active: fields.active ? 1 : 0, now });
  }
}
