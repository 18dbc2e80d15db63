import { describe, expect, it } from 'vitest';
import { donorPeriod, programmePeriod } from '../../../renderer/reports/period';

describe('the report dialog’s default period', () => {
  it('runs a programme from its start to today, or to its end once it has ended', () => {
    expect(programmePeriod({ startsOn: '2026-09-01', endsOn: '2027-07-15' }, '2026-12-07')).toEqual({
      from: '2026-09-01',
      to: '2026-12-07',
    });
    expect(programmePeriod({ startsOn: '2025-01-10', endsOn: null }, '2026-12-07')).toEqual({
      from: '2025-01-10',
      to: '2026-12-07',
    });
    expect(programmePeriod({ startsOn: '2025-09-01', endsOn: '2026-06-30' }, '2026-12-07')).toEqual({
      from: '2025-09-01',
      to: '2026-06-30',
    });
  });

  it('gives a programme that has not started 1 January to today', () => {
    expect(programmePeriod({ startsOn: '2027-01-05', endsOn: null }, '2026-12-07')).toEqual({
      from: '2026-01-01',
      to: '2026-12-07',
    });
  });

  it('runs a donor’s report from 1 January, or from the batch’s reception when it was earlier', () => {
    expect(donorPeriod('2026-11-20', '2026-12-07')).toEqual({ from: '2026-01-01', to: '2026-12-07' });
    expect(donorPeriod('2025-10-02', '2026-01-03')).toEqual({ from: '2025-10-02', to: '2026-01-03' });
  });
});
