import type { Db } from '../open';

export interface Period {
  programmeId: number;
  from: string;
  to: string;
}

/** The SQL aggregates of a programme report: handovers of the programme in a period, by `handovers_programme`. */
export class ProgrammeReportFigures {
  private readonly s;

  constructor(db: Db) {
    const inPeriod = 'h.programme_id = @programmeId AND h.handed_on >= @from AND h.handed_on <= @to';
    this.s = {
      byKind: db.prepare<Period, { kind: string; count: number }>(
        `SELECT d.kind AS kind, count(*) AS count FROM handovers h
           JOIN handover_items i ON i.handover_id = h.id JOIN devices d ON d.id = i.device_id
          WHERE ${inPeriod} GROUP BY d.kind`,
      ),
      sims: db.prepare<Period, { count: number }>(
        `SELECT count(*) AS count FROM handovers h JOIN handover_items i ON i.handover_id = h.id
          WHERE ${inPeriod} AND i.sim_id IS NOT NULL`,
      ),
      byMonth: db.prepare<Period, { month: string; kind: string; count: number }>(
        `SELECT substr(h.handed_on, 1, 7) AS month, d.kind AS kind, count(*) AS count FROM handovers h
           JOIN handover_items i ON i.handover_id = h.id JOIN devices d ON d.id = i.device_id
          WHERE ${inPeriod} GROUP BY month, d.kind ORDER BY month`,
      ),
      byPartner: db.prepare<Period, { name: string; devices: number; people: number; institutions: number }>(
        `SELECT p.name AS name,
                (SELECT count(*) FROM handover_items i JOIN handovers x ON x.id = i.handover_id
                  WHERE x.referring_partner_id = p.id AND x.programme_id = @programmeId
                    AND x.handed_on >= @from AND x.handed_on <= @to AND i.device_id IS NOT NULL) AS devices,
                count(DISTINCT h.beneficiary_id) AS people, count(DISTINCT h.recipient_partner_id) AS institutions
           FROM handovers h JOIN partners p ON p.id = h.referring_partner_id
          WHERE ${inPeriod} GROUP BY p.id ORDER BY p.name COLLATE NOCASE`,
      ),
      byCategory: db.prepare<Period, { category: string; people: number }>(
        `SELECT b.category AS category, count(DISTINCT b.id) AS people FROM handovers h
           JOIN beneficiaries b ON b.id = h.beneficiary_id WHERE ${inPeriod} GROUP BY b.category`,
      ),
      people: db.prepare<Period, { people: number; institutions: number }>(
        `SELECT count(DISTINCT h.beneficiary_id) AS people, count(DISTINCT h.recipient_partner_id) AS institutions
           FROM handovers h WHERE ${inPeriod}`,
      ),
      loans: db.prepare<Period & { asOf: string }, { open: number; returned: number; overdue: number; lost: number }>(
        `SELECT coalesce(sum(state = 'open'), 0) AS open, coalesce(sum(state = 'returned'), 0) AS returned,
                coalesce(sum(state = 'overdue'), 0) AS overdue, coalesce(sum(state = 'lost'), 0) AS lost
           FROM (SELECT CASE
                   WHEN h.closed_on IS NOT NULL THEN 'returned'
                   WHEN EXISTS (SELECT 1 FROM handover_items i JOIN devices d ON d.id = i.device_id
                                 WHERE i.handover_id = h.id AND i.return_id IS NULL AND d.status = 'lost_stolen') THEN 'lost'
                   WHEN h.due_on < @asOf THEN 'overdue'
                   ELSE 'open' END AS state
                   FROM handovers h WHERE ${inPeriod} AND h.kind = 'loan')`,
      ),
      topUps: db.prepare<Period, { count: number; cents: number }>(
        `SELECT count(*) AS count, coalesce(sum(amount_cents), 0) AS cents FROM sim_top_ups
          WHERE programme_id = @programmeId AND topped_up_on >= @from AND topped_up_on <= @to`,
      ),
      erasure: db.prepare<Period, { devices: number; erased: number; certified: number }>(
        `SELECT count(*) AS devices, coalesce(sum(erased), 0) AS erased, coalesce(sum(certified), 0) AS certified
           FROM (SELECT DISTINCT i.device_id AS device,
                   EXISTS (SELECT 1 FROM erasures e WHERE e.device_id = i.device_id AND e.result = 'success') AS erased,
                   EXISTS (SELECT 1 FROM document_devices dd JOIN documents doc ON doc.id = dd.document_id
                            WHERE dd.device_id = i.device_id AND doc.kind = 'erasure-certificate') AS certified
                   FROM handovers h JOIN handover_items i ON i.handover_id = h.id
                  WHERE ${inPeriod} AND i.device_id IS NOT NULL)`,
      ),
      targets: db.prepare<[programmeId: number], { item: string; target: number }>(
        'SELECT item, target FROM programme_targets WHERE programme_id = ?',
      ),
    };
  }

  byKind = (p: Period) => this.s.byKind.all(p);
  sims = (p: Period) => this.s.sims.get(p)?.count ?? 0;
  byMonth = (p: Period) => this.s.byMonth.all(p);
  byPartner = (p: Period) => this.s.byPartner.all(p);
  byCategory = (p: Period) => this.s.byCategory.all(p);
  people = (p: Period) => this.s.people.get(p) ?? { people: 0, institutions: 0 };
  loans = (p: Period, asOf: string) =>
    this.s.loans.get({ ...p, asOf }) ?? { open: 0, returned: 0, overdue: 0, lost: 0 };
  topUps = (p: Period) => this.s.topUps.get(p) ?? { count: 0, cents: 0 };
  erasure = (p: Period) => this.s.erasure.get(p) ?? { devices: 0, erased: 0, certified: 0 };
  targets = (programmeId: number) => this.s.targets.all(programmeId);
}
