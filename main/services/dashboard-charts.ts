import {
  type DashboardCharts,
  type ProgrammeProgress,
  STAGE_GROUP_NAMES,
  STAGE_GROUPS,
  type StageGroup,
} from '../../shared/contract/dashboard';
import { calendarDayIn } from '../../shared/format/dates';
import { addCalendarDays, addMonths, mondayOf, startOfDayIn } from '../../shared/format/zone-periods';
import type { TargetItem } from '../../shared/domain/lending';
import { organisationTimeZone } from '../documents/time-zone';
import type { Db } from '../store/open';
import { DashboardFigures } from '../store/repositories/dashboard-figures';
import type { Store } from '../store/store';

const PERIODS = 12;

const figuresOf = new WeakMap<Db, DashboardFigures>();
function figures(store: Store): DashboardFigures {
  let found = figuresOf.get(store.db);
  if (!found) {
    found = new DashboardFigures(store.db);
    figuresOf.set(store.db, found);
  }
  return found;
}

const zeros = () => Array.from({ length: PERIODS }, () => 0);

function addAt(series: number[] | undefined, index: number, value: number): void {
  if (series && index >= 0 && index < series.length) series[index] = (series[index] ?? 0) + value;
}

/**
 * The figures of the dashboard's charts, for the last 12 months and weeks up to today in the organisation's time
 * zone. Stage counts at the end of a past month are today's counts with the state changes made since undone.
 */
export function dashboardCharts(store: Store): DashboardCharts {
  const zone = organisationTimeZone(store);
  const now = store.clock();
  const today = calendarDayIn(now, zone);
  const thisMonth = today.slice(0, 7);
  const months = Array.from({ length: PERIODS }, (_, index) => addMonths(thisMonth, index - PERIODS + 1));
  const thisMonday = mondayOf(today);
  const weeks = Array.from({ length: PERIODS }, (_, index) => addCalendarDays(thisMonday, 7 * (index - PERIODS + 1)));
  const read = figures(store);
  return {
    timeZone: zone,
    months,
    weeks,
    handovers: handoversPerMonth(read, months),
    stages: stagesAtMonthEnds(read, months, zone),
    erasures: erasuresPerWeek(read, weeks, zone),
    programmes: programmesProgress(read, today),
  };
}

function handoversPerMonth(read: DashboardFigures, months: readonly string[]): DashboardCharts['handovers'] {
  const loan = zeros();
  const donation = zeros();
  const first = `${months[0]}-01`;
  const after = `${addMonths(months[months.length - 1] ?? '', 1)}-01`;
  for (const row of read.handoversByMonth(first, after)) {
    const index = months.indexOf(row.month);
    if (index < 0) continue;
    addAt(row.kind === 'loan' ? loan : row.kind === 'donation' ? donation : undefined, index, row.count);
  }
  return { loan, donation };
}

function groupOf(state: string | null): StageGroup | null {
  if (state === null) return null;
  return STAGE_GROUP_NAMES.find((group) => (STAGE_GROUPS[group] as readonly string[]).includes(state)) ?? null;
}

function stagesAtMonthEnds(read: DashboardFigures, months: readonly string[], zone: string): DashboardCharts['stages'] {
  // The ends of every month but the current one, as instants: the first day of the next month, at local midnight.
  const ends = months.slice(0, -1).map((month) => startOfDayIn(`${addMonths(month, 1)}-01`, zone));
  const current = Object.fromEntries(STAGE_GROUP_NAMES.map((group) => [group, 0])) as Record<StageGroup, number>;
  for (const [state, count] of read.countsByState()) {
    const group = groupOf(state);
    if (group) current[group] += count;
  }
  // What entered and left each group after each month's end: an event that passed `p` ends is after ends[0..p-1].
  const netAfter = STAGE_GROUP_NAMES.map(() => zeros());
  for (const move of read.stateMovesSince(ends)) {
    const into = groupOf(move.toState);
    const from = groupOf(move.fromState);
    if (into === from) continue;
    for (let end = 0; end < move.passed; end += 1) {
      if (into) addAt(netAfter[STAGE_GROUP_NAMES.indexOf(into)], end, move.count);
      if (from) addAt(netAfter[STAGE_GROUP_NAMES.indexOf(from)], end, -move.count);
    }
  }
  const stages = {} as Record<StageGroup, number[]>;
  for (const [groupIndex, group] of STAGE_GROUP_NAMES.entries()) {
    const net = netAfter[groupIndex] ?? zeros();
    stages[group] = months.map((_, index) =>
      index === months.length - 1 ? current[group] : current[group] - (net[index] ?? 0),
    );
  }
  return stages;
}

function erasuresPerWeek(read: DashboardFigures, weeks: readonly string[], zone: string): DashboardCharts['erasures'] {
  const passed = zeros();
  const failed = zeros();
  const starts = weeks.map((monday) => startOfDayIn(monday, zone));
  const end = startOfDayIn(addCalendarDays(weeks[weeks.length - 1] ?? '', 7), zone);
  for (const row of read.erasuresByBucket(starts, end)) {
    addAt(row.result === 'success' ? passed : failed, row.bucket, row.count);
  }
  return { passed, failed };
}

function programmesProgress(read: DashboardFigures, today: string): ProgrammeProgress[] {
  return read.runningProgrammes(today).map((programme) => {
    const handedOut = read.handedOut(programme.id);
    return {
      id: programme.id,
      name: programme.name,
      items: read.targets(programme.id).map((target) => ({
        item: target.item as TargetItem,
        handedOut: handedOut.get(target.item) ?? 0,
        target: target.target,
      })),
    };
  });
}
