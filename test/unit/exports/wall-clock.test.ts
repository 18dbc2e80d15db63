import { describe, expect, it } from 'vitest';
import { wallClock } from '../../../main/exports/cells';

/** The wall clock read straight from Intl, cell by cell, as the export did before keeping offsets. */
function reference(iso: string, zone: string): string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return format.format(new Date(iso)).replace(' ', 'T');
}

const asWritten = (date: Date) => date.toISOString().slice(0, 19);

describe('wallClock (the organisation’s wall clock of an instant, for spreadsheet cells)', () => {
  it('gives Paris’s wall clock on both sides of the spring and autumn changes', () => {
    expect(asWritten(wallClock('2026-03-29T00:59:59.900Z', 'Europe/Paris'))).toBe('2026-03-29T01:59:59');
    expect(asWritten(wallClock('2026-03-29T01:00:00.000Z', 'Europe/Paris'))).toBe('2026-03-29T03:00:00');
    expect(asWritten(wallClock('2026-10-25T00:59:59Z', 'Europe/Paris'))).toBe('2026-10-25T02:59:59');
    expect(asWritten(wallClock('2026-10-25T01:00:00Z', 'Europe/Paris'))).toBe('2026-10-25T02:00:00');
  });

  it('agrees with Intl every 7 minutes 13 seconds around the changes, in zones of whole, half and quarter hours', () => {
    const windows = ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z', '2026-04-04T12:00:00Z', '2026-10-03T00:00:00Z'];
    const zones = ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    let compared = 0;
    for (const zone of zones)
      for (const start of windows)
        for (let ms = Date.parse(start); ms < Date.parse(start) + 36 * 3600_000; ms += 433_000) {
          const iso = new Date(ms).toISOString();
          expect(asWritten(wallClock(iso, zone)), `${iso} in ${zone}`).toBe(reference(iso, zone));
          compared += 1;
        }
    expect(compared).toBeGreaterThan(5000);
  });
});
