import { join } from 'node:path';
import { parseWholeNumber, valueOrNull } from '../../shared/format';
import { DEFAULT_LANG, translate, type Lang, type MessageKey, type MessageParams } from '../../shared/i18n';
import { DomainError } from '../errors';
import { DATABASE_FILE, defaultDataDir } from '../platform/data-dir';
import { probeDataPath } from '../store/storage-errors';

/** A mistake in the command line: the message is printed (with the usage when it helps), and the command exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export interface CliContext {
  lang: Lang;
  dataDir: string;
  databasePath: string;
  t: (key: MessageKey, params?: MessageParams) => string;
  out: (line: string) => void;
  /** Where a command reports what it could not do while it goes on with the rest. */
  err: (line: string) => void;
}

export function cliContext(
  dataDir: string | undefined,
  lang: Lang = DEFAULT_LANG,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): CliContext {
  const dir = dataDir ?? defaultDataDir();
  return {
    lang,
    dataDir: dir,
    databasePath: join(dir, DATABASE_FILE),
    t: (key, params) => translate(lang, key, params),
    out,
    err,
  };
}

/** The commands that read a database need it to be there: a missing folder is its own refusal (exit 1). */
export function requireDatabase(context: CliContext): void {
  const state = probeDataPath(context.databasePath);
  if (state === 'folder_missing') throw new DomainError('data_folder_missing', { dir: context.dataDir });
  if (state === 'file_missing') throw new UsageError(context.t('cli.noDatabase', { dir: context.dataDir }), false);
}

export function wholeNumber(
  context: CliContext,
  option: string,
  value: string | undefined,
  min: number,
  max: number,
): number {
  const number = value === undefined ? null : valueOrNull(parseWholeNumber(value));
  if (number === null || number < min || number > max) {
    throw new UsageError(context.t('cli.badNumber', { option, min, max, value: value ?? '' }));
  }
  return number;
}
