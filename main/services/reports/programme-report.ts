import { impactOf } from '../../../shared/domain/impact-factors';
import { BENEFICIARY_CATEGORIES, TARGET_ITEMS, type BeneficiaryCategory } from '../../../shared/domain/lending';
import { protectCount, protectWithTotal } from '../../../shared/domain/small-counts';
import { DEVICE_KINDS, type DeviceKind } from '../../../shared/domain/values';
import { calendarDayIn, isCalendarDay } from '../../../shared/format/dates';
import { organisationTimeZone } from '../../documents/time-zone';
import { DomainError } from '../../errors';
import type { Db } from '../../store/open';
import { ProgrammeReportFigures } from '../../store/repositories/programme-report-figures';
import type { Store } from '../../store/store';
import { requireProgramme } from '../partners';
import { read } from '../unit-of-work';
import { monthsOf } from './programme-report-months';
import type { ProgrammeReport } from './programme-report-types';

export interface ProgrammeReportRequest {
  programmeId: number;
  /** Calendar days in the organisation's time zone, both included. */
  from: string;
  to: string;
}

const figuresOf = new WeakMap<Db, ProgrammeReportFigures>();
function figures(store: Store): ProgrammeReportFigures {
  let found = figuresOf.get(store.db);
  if (!found) {
    found = new ProgrammeReportFigures(store.db);
    figuresOf.set(store.db, found);
  }
  return found;
}

/** The same words as the gate's and the donor report's refusals of the period (`field.from`, `field.to`). */
function checkPeriod(from: string, to: string): void {
  if (!isCalendarDay(from))
    throw new DomainError('invalid_input', { field: 'field.from', detail: 'validation.date' }, 'from');
  if (!isCalendarDay(to))
    throw new DomainError('invalid_input', { field: 'field.to', detail: 'validation.date' }, 'to');
  if (to < from) throw new DomainError('invalid_input', { field: 'field.to', detail: 'validation.period_order' }, 'to');
}

/** The figures of a programme's report for its funder, for a period, read in one transaction. */
export function programmeReport(store: Store, request: ProgrammeReportRequest): ProgrammeReport {
  checkPeriod(request.from, request.to);
  return read(store, () => {
    const programme = requireProgramme(store, request.programmeId);
    const zone = organisationTimeZone(store);
    const now = store.clock();
    const today = calendarDayIn(now, zone);
    const period = { programmeId: programme.id, from: request.from, to: request.to };
    const read = figures(store);

    const kinds = Object.fromEntries(DEVICE_KINDS.map((kind) => [kind, 0])) as Record<DeviceKind, number>;
    for (const row of read.byKind(period)) kinds[row.kind as DeviceKind] = row.count;
    const sims = read.sims(period);
    const targetRows = read.targets(programme.id);
    const targets = TARGET_ITEMS.flatMap((item) => {
      const target = targetRows.find((row) => row.item === item)?.target ?? null;
      const handedOut = item === 'sim' ? sims : kinds[item];
      return target === null && handedOut === 0 ? [] : [{ item, target, handedOut }];
    });

    const months = monthsOf(request.from, request.to);
    const byMonth = Object.fromEntries(DEVICE_KINDS.map((kind) => [kind, months.map(() => 0)])) as Record<
      DeviceKind,
      number[]
    >;
    for (const row of read.byMonth(period)) {
      const index = months.indexOf(row.month);
      const series = byMonth[row.kind as DeviceKind];
      if (index >= 0 && series) series[index] = row.count;
    }

    const partners = read.byPartner(period);
    const devicesColumn = protectWithTotal(partners.map((row) => row.devices));
    const peopleColumn = protectWithTotal(partners.map((row) => row.people));
    const byPartner = partners.map((row, index) => ({
      name: row.name,
      devices: devicesColumn.cells[index] ?? protectCount(row.devices),
      people: peopleColumn.cells[index] ?? protectCount(row.people),
    }));

    const categoryCounts = new Map(read.byCategory(period).map((row) => [row.category, row.people]));
    const categories = BENEFICIARY_CATEGORIES.filter((category) => (categoryCounts.get(category) ?? 0) > 0);
    const categoryRow = protectWithTotal(categories.map((category) => categoryCounts.get(category) ?? 0));
    const people = read.people(period);
    // biome-ignore lint/complexity/useMathMinMax: ISO days, the earlier of two compared as text
    const loans = read.loans(period, request.to < today ? request.to : today);
    const topUps = read.topUps(period);

    return {
      programme: { id: programme.id, name: programme.name, funder: programme.funder },
      from: request.from,
      to: request.to,
      timeZone: zone,
      generatedAt: new Date(now).toISOString(),
      targets,
      months,
      byMonth,
      byPartner,
      byPartnerTotal: {
        devices: devicesColumn.cells.length ? partners.reduce((sum, row) => sum + row.devices, 0) : 0,
        people: peopleColumn.total,
      },
      byCategory: categories.map((category: BeneficiaryCategory, index) => ({
        category,
        people: categoryRow.cells[index] ?? protectCount(0),
      })),
      peopleTotal: protectCount(people.people),
      institutions: people.institutions,
      loans: {
        open: protectCount(loans.open),
        returned: protectCount(loans.returned),
        overdue: protectCount(loans.overdue),
        lost: protectCount(loans.lost),
      },
      sims: { handedOut: sims, topUps: topUps.count, topUpCents: topUps.cents },
      erasure: read.erasure(period),
      impact: impactOf(kinds),
    };
  });
}
