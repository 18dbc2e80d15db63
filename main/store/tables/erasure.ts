import type { BackupState } from '../../../shared/domain/sanitisation';
import type {
  ErasureDestination,
  ErasureResult,
  ErasureTechnique,
  SanitisationLevel,
  VerificationKind,
} from '../../../shared/domain/values';
import { integer, nullable, text, type TableDescription } from '../columns';

/** Sanitisation records (0001, 0008). */
export const ERASURE_TABLES = {
  erasures: {
    id: integer(),
    device_id: integer(),
    drive_id: nullable(integer()),
    level: text<SanitisationLevel>(),
    technique: text<ErasureTechnique>(),
    passes: nullable(integer()),
    tool: text(),
    tool_version: text(),
    started_at: text(),
    ended_at: text(),
    result: text<ErasureResult>(),
    verification: text<VerificationKind>(),
    checklist: text(),
    destination: text<ErasureDestination>(),
    evidence_text: nullable(text()),
    evidence_sha256: nullable(text()),
    notes: nullable(text()),
    performed_by: integer(),
    recorded_at: text(),
    verified_by: nullable(integer()),
    verified_at: nullable(text()),
    verification_notes: nullable(text()),
    backup: nullable(text<BackupState>()),
    backup_location: nullable(text()),
    classification_after: nullable(text()),
    command: nullable(text()),
    os_version: nullable(text()),
  },
} as const satisfies Record<string, TableDescription>;
