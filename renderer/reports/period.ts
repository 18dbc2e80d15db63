/** A report's period: calendar days `YYYY-MM-DD`, both included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** 1 January of the year `day` falls in. */
export function startOfYear(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}

/**
 * A programme's report by default: from its start to today, or to its end when it ended before today; a programme
 * that has not started yet gets 1 January of this year to today (nothing handed out yet, but a valid period).
 */
export function programmePeriod(programme: { startsOn: string; endsOn: string | null }, today: string): ReportPeriod {
  if (programme.startsOn > today) return { from: startOfYear(today), to: today };
  const ended = programme.endsOn !== null && programme.endsOn < today;
  return { from: programme.startsOn, to: ended && programme.endsOn !== null ? programme.endsOn : today };
}

/** A donor's report by default: 1 January of this year to today, reaching back to `receivedOn` (the batch on screen). */
export function donorPeriod(receivedOn: string, today: string): ReportPeriod {
  const yearStart = startOfYear(today);
  return { from: receivedOn < yearStart ? receivedOn : yearStart, to: today };
}
