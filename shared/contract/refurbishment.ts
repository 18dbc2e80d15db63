import { z } from 'zod';
import {
  APPEARANCE_GRADES,
  DIAGNOSTIC_CHECKS,
  DIAGNOSTIC_OUTCOMES,
  FUNCTIONAL_RESULTS,
  REFURBISHMENT_OUTCOMES,
  type AppearanceGrade,
  type DiagnosticCheck,
  type DiagnosticOutcome,
  type FunctionalResult,
  type RefurbishmentOutcome,
} from '../domain/values';
import type { DeviceState } from '../domain/lifecycle';
import { method } from './define';
import { id, optionalText, requiredText } from './fields';

export interface PartUsed {
  name: string;
  quantity: number;
  costCents: number;
}

export interface RefurbishmentRecord {
  id: number;
  deviceId: number;
  diagnostics: Partial<Record<DiagnosticCheck, DiagnosticOutcome>>;
  parts: PartUsed[];
  labourMinutes: number;
  outcome: RefurbishmentOutcome;
  notes: string | null;
  performedBy: { id: number; name: string };
  recordedAt: string;
  qc: { passed: boolean; by: { id: number; name: string }; at: string; notes: string | null } | null;
}

export interface RefurbishmentOutcomeResult {
  record: RefurbishmentRecord;
  deviceStatus: DeviceState;
}

export const refurbishmentContract = {
  /** Diagnostics, parts and labour of one pass at the bench, with the grade it leaves the device in. */
  'refurbishment.record': method<RefurbishmentOutcomeResult>()({
    input: z.object({
      deviceId: id,
      diagnostics: z.partialRecord(z.enum(DIAGNOSTIC_CHECKS), z.enum(DIAGNOSTIC_OUTCOMES)).default({}),
      parts: z
        .array(
          z.object({
            name: requiredText(120),
            quantity: z.number().int().min(1).max(1000),
            costCents: z.number().int().min(0).max(10_000_000),
          }),
        )
        .max(50)
        .default([]),
      labourMinutes: z.number().int().min(0).max(10_000).default(0),
      grade: z.enum(APPEARANCE_GRADES).nullable().default(null),
      functional: z.enum(FUNCTIONAL_RESULTS).nullable().default(null),
      batteryHealth: z.number().int().min(0).max(100).nullable().default(null),
      outcome: z.enum(REFURBISHMENT_OUTCOMES),
      notes: optionalText(2000),
    }),
  }),
  /** The quality check of the latest refurbishment record. */
  'refurbishment.qualityCheck': method<RefurbishmentOutcomeResult>()({
    input: z.object({ deviceId: id, passed: z.boolean(), notes: optionalText(2000) }),
  }),
};

export type { AppearanceGrade, FunctionalResult };
