/**
 * The desk setting's file, `desk-setting.json` in the machine's data folder (beside, never inside, the database;
 * the hub's database knows nothing of it). Plain Node: the desktop shell reads it at start, `rebond desk` writes it.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DESK_SETTING, deskSettingSchema, type DeskSetting } from '../../shared/domain/desk-setting';

export const DESK_SETTING_FILE = 'desk-setting.json';

export type DeskSettingRead =
  /** No file: a machine set up before desks existed, or a new one; it works on its own store, as it always did. */
  | { state: 'absent'; setting: DeskSetting }
  | { state: 'read'; setting: DeskSetting }
  /** A file that is not a valid setting: the machine works on its own store and the file is left for a person. */
  | { state: 'unreadable'; setting: DeskSetting; file: string };

export function deskSettingPath(dataDir: string): string {
  return join(dataDir, DESK_SETTING_FILE);
}

export function readDeskSetting(dataDir: string): DeskSettingRead {
  const file = deskSettingPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent', setting: DEFAULT_DESK_SETTING };
    return { state: 'unreadable', setting: DEFAULT_DESK_SETTING, file };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'unreadable', setting: DEFAULT_DESK_SETTING, file };
  }
  const parsed = deskSettingSchema.safeParse(json);
  return parsed.success
    ? { state: 'read', setting: parsed.data }
    : { state: 'unreadable', setting: DEFAULT_DESK_SETTING, file };
}

/** Validated, written to a temporary file (0600) and renamed over the old one: never half a setting. */
export function writeDeskSetting(dataDir: string, setting: DeskSetting): void {
  const checked = deskSettingSchema.parse(setting);
  mkdirSync(dataDir, { recursive: true });
  const file = deskSettingPath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
