import type {
  DeviceKind,
  DriveType,
  ErasureTechnique,
  SanitisationLevel,
  VerificationKind,
} from '../../../shared/domain/values';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../../shared/domain/values';
import type { ErasureSubject } from './subjects';

/** The methods a site actually uses, each filling level, technique, passes, verification and the usual tool. */
export const PRESET_IDS = [
  'overwrite_verified',
  'ata_secure_erase',
  'nvme_sanitize',
  'factory_reset',
  'destruction',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  level: SanitisationLevel;
  technique: ErasureTechnique;
  passes: number | null;
  verification: VerificationKind;
  tool: string;
}

export const PRESETS: Record<PresetId, Preset> = {
  overwrite_verified: { level: 'clear', technique: 'overwrite', passes: 1, verification: 'full', tool: 'nwipe' },
  ata_secure_erase: {
    level: 'purge',
    technique: 'ata_secure_erase',
    passes: null,
    verification: 'sample',
    tool: 'hdparm',
  },
  nvme_sanitize: { level: 'purge', technique: 'nvme_sanitize', passes: null, verification: 'sample', tool: 'nvme-cli' },
  factory_reset: { level: 'purge', technique: 'factory_reset', passes: null, verification: 'full', tool: '' },
  destruction: { level: 'destroy', technique: 'physical_destruction', passes: null, verification: 'full', tool: '' },
};

const FOR_DRIVES: readonly PresetId[] = ['overwrite_verified', 'ata_secure_erase', 'nvme_sanitize', 'destruction'];
const FOR_MOBILES: readonly PresetId[] = ['factory_reset', 'destruction'];

const DEFAULT_FOR_DRIVE: Record<DriveType, PresetId> = {
  hdd: 'overwrite_verified',
  ssd: 'ata_secure_erase',
  nvme: 'nvme_sanitize',
  emmc: 'overwrite_verified',
  other: 'overwrite_verified',
};

/** The presets that fit a subject, the most likely first. */
export function presetsFor(
  kind: DeviceKind,
  subject: ErasureSubject,
): { choices: readonly PresetId[]; preferred: PresetId } {
  if (subject.driveId === null && WHOLE_DEVICE_ERASURE_KINDS.includes(kind)) {
    return { choices: FOR_MOBILES, preferred: 'factory_reset' };
  }
  return {
    choices: FOR_DRIVES,
    preferred: subject.drive ? DEFAULT_FOR_DRIVE[subject.drive.type] : 'overwrite_verified',
  };
}

const TOOL_MEMORY = 'rebond.erasure.tools';

/** The tool and version last typed for each preset at this workstation: the same ShredOS stick all week. */
export function rememberedTool(preset: PresetId): { tool: string; version: string } {
  try {
    const stored = JSON.parse(localStorage.getItem(TOOL_MEMORY) ?? '{}') as Partial<
      Record<PresetId, { tool?: unknown; version?: unknown }>
    >;
    const entry = stored[preset];
    if (entry && typeof entry.tool === 'string' && typeof entry.version === 'string')
      return { tool: entry.tool, version: entry.version };
  } catch {
    // A damaged memory only loses the suggestion.
  }
  return { tool: PRESETS[preset].tool, version: '' };
}

export function rememberTool(preset: PresetId, tool: string, version: string): void {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(localStorage.getItem(TOOL_MEMORY) ?? '{}') as Record<string, unknown>;
  } catch {
    stored = {};
  }
  localStorage.setItem(TOOL_MEMORY, JSON.stringify({ ...stored, [preset]: { tool, version } }));
}
