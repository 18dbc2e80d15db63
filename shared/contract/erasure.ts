import { z } from 'zod';
import {
  ERASURE_DESTINATIONS,
  ERASURE_RESULTS,
  ERASURE_TECHNIQUES,
  FACTORY_RESET_CHECKLIST,
  SANITISATION_LEVELS,
  VERIFICATION_KINDS,
  type ErasureDestination,
  type ErasureResult,
  type ErasureTechnique,
  type FactoryResetCheck,
  type SanitisationLevel,
  type VerificationKind,
} from '../domain/values';
import type { DeviceState } from '../domain/lifecycle';
import { BACKUP_STATES, type BackupState } from '../domain/sanitisation';
import { method } from './define';
import { id, isoDateTime, optionalText, requiredText, sha256Hex, text } from './fields';

export interface ErasureRecord {
  id: number;
  deviceId: number;
  assetTag: string;
  driveId: number | null;
  driveSerial: string | null;
  level: SanitisationLevel;
  technique: ErasureTechnique;
  passes: number | null;
  tool: string;
  toolVersion: string;
  startedAt: string;
  endedAt: string;
  result: ErasureResult;
  verification: VerificationKind;
  checklist: FactoryResetCheck[];
  destination: ErasureDestination;
  evidenceText: string | null;
  evidenceSha256: string | null;
  notes: string | null;
  /** Whether the data was backed up before sanitisation, and where; null on records made before Rebond asked. */
  backup: BackupState | null;
  backupLocation: string | null;
  /** The classification of the medium after sanitisation (NIST's "post-sanitisation classification"). */
  classificationAfter: string | null;
  /** The ATA or NVMe command of a firmware erasure (e.g. `nvme sanitize -a 2 /dev/nvme0`). */
  command: string | null;
  /** The operating system version of a factory reset (e.g. `Android 13`). */
  osVersion: string | null;
  performedBy: { id: number; name: string };
  verifiedBy: { id: number; name: string } | null;
  verifiedAt: string | null;
  verificationNotes: string | null;
}

export interface ErasureOutcome {
  erasure: ErasureRecord;
  deviceStatus: DeviceState;
}

export const erasureContract = {
  /** Records one erasure of one drive, or of the whole device (driveId null) for tablets and phones. */
  'erasure.record': method<ErasureOutcome>()({
    input: z
      .object({
        deviceId: id,
        driveId: id.nullable().default(null),
        level: z.enum(SANITISATION_LEVELS),
        technique: z.enum(ERASURE_TECHNIQUES),
        passes: z.number().int().min(1).max(35).nullable().default(null),
        tool: requiredText(80),
        toolVersion: text(40).default(''),
        startedAt: isoDateTime,
        endedAt: isoDateTime,
        result: z.enum(ERASURE_RESULTS),
        verification: z.enum(VERIFICATION_KINDS),
        checklist: z.array(z.enum(FACTORY_RESET_CHECKLIST)).max(FACTORY_RESET_CHECKLIST.length).default([]),
        destination: z.enum(ERASURE_DESTINATIONS).default('internal_reuse'),
        evidenceText: optionalText(20_000),
        evidenceSha256: sha256Hex.nullable().default(null),
        notes: optionalText(2000),
        backup: z.enum(BACKUP_STATES).default('unknown'),
        backupLocation: optionalText(200),
        classificationAfter: optionalText(120),
        command: optionalText(200),
        osVersion: optionalText(80),
      })
      .refine((value) => Date.parse(value.endedAt) >= Date.parse(value.startedAt), {
        path: ['endedAt'],
        message: 'end_before_start',
      }),
  }),
  /** The second person's validation: a data-security officer other than the one who erased. */
  'erasure.verify': method<ErasureOutcome>()({
    input: z.object({ erasureId: id, notes: optionalText(2000) }),
    roles: ['data_security_officer'],
  }),
  'erasure.awaitingVerification': method<ErasureRecord[]>()({ input: z.object({}) }),
};
