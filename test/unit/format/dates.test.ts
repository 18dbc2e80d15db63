import { describe, expect, it } from 'vitest';
import { calendarDayIn, formatDate, formatDateTime, formatTime, yearIn } from '../../../shared/format/dates';
import { isTimeZone, machineTimeZone, timeZones } from '../../../shared/format/time-zone';

const instant = '2026-03-14T07:10:00.000Z';

describe('dates in the organisation time zone', () => {
  it('prints one instant in the zone it is given', () => {
    expect(formatDateTime('fr', instant, 'Europe/Paris')).toBe('14/03/2026 08:10');
    expect(formatDateTime('fr', instant, 'America/Cayenne')).toBe('14/03/2026 04:10');
    expect(formatDateTime('en', instant, 'Indian/Reunion')).toBe('14/03/2026 11:10');
    expect(formatTime('en', '2026-03-14T23:30:00Z', 'Indian/Reunion')).toBe('03:30');
  });

  it('moves the day and the year with the zone', () => {
    expect(formatDate('fr', '2026-12-31T23:30:00Z', 'Indian/Reunion')).toBe('01/01/2027');
    expect(yearIn(new Date('2026-12-31T23:30:00Z'), 'Indian/Reunion')).toBe(2027);
    expect(yearIn(new Date('2026-12-31T23:30:00Z'), 'America/Cayenne')).toBe(2026);
    expect(calendarDayIn(new Date('2026-12-31T23:30:00Z'), 'Indian/Reunion')).toBe('2027-01-01');
  });

  it('prints a calendar day as that day whatever the zone', () => {
    expect(formatDate('fr', '2026-03-14', 'Pacific/Kiritimati')).toBe('14/03/2026');
    expect(formatDate('en', '2026-03-14', 'Pacific/Pago_Pago')).toBe('14/03/2026');
  });

  it('returns unreadable text unchanged', () => {
    expect(formatDateTime('fr', 'not a date', 'UTC')).toBe('not a date');
  });
});

describe('time zones', () => {
  it('knows the IANA zones and the machine zone', () => {
    expect(timeZones()).toContain('America/Cayenne');
    expect(timeZones()).toContain('Indian/Reunion');
    expect(isTimeZone(machineTimeZone())).toBe(true);
    expect(isTimeZone('Europe/Nowhere')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
