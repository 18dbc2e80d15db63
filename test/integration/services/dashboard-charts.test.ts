import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIME_ZONE_SETTING } from '../../../main/documents/time-zone';
import { erasureBucketsSql, stateMovesSql } from '../../../main/store/repositories/dashboard-figures';
import type { DashboardCharts } from '../../../shared/contract/dashboard';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, readyTablets, setUpLending, type LendingDesk } from '../../helpers/lending';
import { eraseDrive, laptop, makeReady } from '../../helpers/workshop';

/** The figure of one period of a series, by the period's key. */
const at = (keys: readonly string[], series: readonly number[], key: string) => series[keys.indexOf(key)];

describe('the dashboard’s chart figures', () => {
  let h: Harness & { setDay: (day: string) => void };
  let d: LendingDesk;
  let charts: DashboardCharts;

  beforeEach(() => {
    // November: three tablets made ready (factory resets ended 3 November), one laptop's erasure failed, one loan.
    h = pinnedHarness('2026-11-04');
    d = setUpLending(h);
    h.store.settings.set(TIME_ZONE_SETTING, 'Europe/Paris');
    const tablets = readyTablets(h, d, 3);
    const { device } = h.call(d.tech, 'devices.register', { batchId: d.batchId, device: laptop('FAIL1') });
    const drive = h.call(d.tech, 'devices.get', { id: device.id }).drives[0]?.id ?? 0;
    eraseDrive(h, d.tech, device.id, drive, 'failed', '2026-11-03');
    const person = pupil(h, d, 'EL-2026-001');
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [tablets[0] ?? 0],
    });
    // December: one tablet given to an institution, a laptop made ready, and a failed erasure that ended on
    // Sunday 29 November at 23:30 UTC, which is already Monday 30 November in Paris.
    h.setDay('2026-12-02');
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      kind: 'donation',
      deviceIds: [tablets[1] ?? 0],
    });
    makeReady(h, d, 'LAP1', '2026-12-01');
    const late = h.call(d.tech, 'devices.register', { batchId: d.batchId, device: laptop('LATE1') }).device;
    h.call(d.tech, 'erasure.record', {
      deviceId: late.id,
      driveId: h.call(d.tech, 'devices.get', { id: late.id }).drives[0]?.id ?? 0,
      level: 'purge',
      technique: 'ata_secure_erase',
      tool: 'nwipe',
      toolVersion: '0.37',
      startedAt: '2026-11-29T23:00:00.000Z',
      endedAt: '2026-11-29T23:30:00.000Z',
      result: 'failed',
      verification: 'full',
    });
    charts = h.call(d.coord, 'dashboard.charts', {});
  });

  afterEach(() => h.close());

  it('counts in the organisation’s time zone over the last 12 months and weeks', () => {
    expect(charts.timeZone).toBe('Europe/Paris');
    expect(charts.months).toHaveLength(12);
    expect(charts.months[0]).toBe('2026-01');
    expect(charts.months[11]).toBe('2026-12');
    expect(charts.weeks).toHaveLength(12);
    expect(charts.weeks[11]).toBe('2026-11-30');
    expect(charts.weeks[0]).toBe('2026-09-14');
  });

  it('counts handovers per month, loans and donations', () => {
    expect(at(charts.months, charts.handovers.loan, '2026-11')).toBe(1);
    expect(at(charts.months, charts.handovers.donation, '2026-12')).toBe(1);
    expect(charts.handovers.loan.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(charts.handovers.donation.reduce((sum, n) => sum + n, 0)).toBe(1);
  });

  it('counts erasures per week by when they ended, passed and failed, in Paris weeks', () => {
    expect(at(charts.weeks, charts.erasures.passed, '2026-11-02')).toBe(3);
    expect(at(charts.weeks, charts.erasures.failed, '2026-11-02')).toBe(1);
    expect(at(charts.weeks, charts.erasures.passed, '2026-11-30')).toBe(1);
    expect(at(charts.weeks, charts.erasures.failed, '2026-11-30')).toBe(1);
    expect(at(charts.weeks, charts.erasures.failed, '2026-11-23')).toBe(0);
  });

  it('counts devices by stage at the end of each month from the state changes, today for this month', () => {
    const stageAt = (month: string) =>
      Object.fromEntries(
        Object.entries(charts.stages).map(([group, series]) => [group, at(charts.months, series, month)]),
      );
    expect(stageAt('2026-10')).toEqual({ workshop: 0, ready: 0, allocated: 0, gone: 0 });
    // End of November: the failed laptop in the workshop, two tablets ready, one lent.
    expect(stageAt('2026-11')).toEqual({ workshop: 1, ready: 2, allocated: 1, gone: 0 });
    // Today: the late laptop in the workshop too, a tablet and the new laptop ready, two tablets out.
    const today = stageAt('2026-12');
    const counts = h.call(d.coord, 'inventory.countsByStatus', {});
    expect(today.ready).toBe(counts.ready);
    expect(today.allocated).toBe(counts.allocated);
    expect(today).toEqual({ workshop: 2, ready: 2, allocated: 2, gone: 0 });
  });

  it('shows each running programme’s handovers against its targets', () => {
    expect(charts.programmes).toEqual([
      {
        id: d.programme,
        name: 'Continuité pédagogique 2026',
        items: [
          { item: 'laptop', handedOut: 0, target: 800 },
          { item: 'sim', handedOut: 0, target: 100 },
          { item: 'tablet', handedOut: 2, target: 600 },
        ],
      },
    ]);
  });

  it('is for coordinators and administrators, not technicians', () => {
    expect(h.call(d.admin, 'dashboard.charts', {}).months).toHaveLength(12);
    expect(h.refuse(d.tech, 'dashboard.charts', {}).code).toBe('forbidden_role');
  });
});

describe('the dashboard’s chart queries', () => {
  it('read a rowid range or an index, never the whole devices, events or erasures table', () => {
    const h = pinnedHarness('2026-11-04');
    try {
      const boundaries = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`b${index}`, '2026-01-01']));
      const planOf = (sql: string, params: Record<string, unknown>) =>
        h.store.db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(params)
          .map((row) => (row as { detail: string }).detail)
          .join(' | ');
      const moves = planOf(stateMovesSql(11), { first: 1, ...boundaries });
      expect(moves).toContain('SEARCH events USING INTEGER PRIMARY KEY (rowid>?)');
      const erasures = planOf(erasureBucketsSql(11), { first: 1, end: '2027-01-01', ...boundaries });
      expect(erasures).toContain('SEARCH erasures USING INTEGER PRIMARY KEY (rowid>?)');
      expect(`${moves} ${erasures}`).not.toMatch(/SCAN (events|erasures|devices)/);
    } finally {
      h.close();
    }
  });
});
