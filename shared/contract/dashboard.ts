import { z } from 'zod';
import type { DeviceState } from '../domain/lifecycle';
import { COORDINATION, type TargetItem } from '../domain/lending';
import { method } from './define';

/** The dashboard's stage chart draws four groups of states rather than thirteen lines. */
export const STAGE_GROUPS = {
  workshop: ['received', 'awaiting_erasure', 'erased', 'in_refurbishment', 'quarantined', 'returned'],
  ready: ['ready'],
  allocated: ['allocated'],
  gone: ['to_recycle', 'recycled', 'harvested', 'lost_stolen'],
} as const satisfies Record<string, readonly DeviceState[]>;
export type StageGroup = keyof typeof STAGE_GROUPS;
export const STAGE_GROUP_NAMES = Object.keys(STAGE_GROUPS) as StageGroup[];

export interface ProgrammeProgress {
  id: number;
  name: string;
  /** What was handed out under the programme so far, against each target it set (per device kind, SIM cards). */
  items: { item: TargetItem; handedOut: number; target: number }[];
}

/**
 * The dashboard's charts, counted in the organisation's time zone up to today. Months are `2026-03`, weeks are
 * named by their Monday (`2026-03-02`); every series holds one figure per period, oldest first.
 */
export interface DashboardCharts {
  timeZone: string;
  months: string[];
  weeks: string[];
  /** Handovers made each month (by the day they were handed out), loans and donations. */
  handovers: { loan: number[]; donation: number[] };
  /** Devices in each group of states at the end of each month (today for the current one); voided ones not counted. */
  stages: Record<StageGroup, number[]>;
  /** Erasure records that ended each week, passed and failed. */
  erasures: { passed: number[]; failed: number[] };
  /** Programmes running today (started, not ended), with targets. */
  programmes: ProgrammeProgress[];
}

export const dashboardContract = {
  'dashboard.charts': method<DashboardCharts>()({ input: z.object({}), roles: COORDINATION }),
};
