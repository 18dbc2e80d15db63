import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DONOR_REPORT_FORMATS } from '../../shared/contract/donor-report';
import { PROGRAMME_REPORT_FORMATS } from '../../shared/contract/programme-report';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS } from '../../shared/domain/documents';
import { PRINTER_DPIS } from '../../shared/domain/labels';
import { isLang } from '../../shared/i18n';
import { apiError } from '../api/localise';
import { DomainError } from '../errors';
import { errorReference, logInternalErrors } from '../platform/internal-errors';
import { withBackupAdvice } from '../platform/last-backup';
import { openLog, type OpenedLog } from '../platform/log';
import { internalErrorMessage } from '../platform/start-up';
import { anonymiseCommand } from './commands/anonymise';
import { backupCommand } from './commands/backup';
import { backupsCommand } from './commands/backups';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { documentCommand } from './commands/document';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { reportCommand } from './commands/report';
import { reprintCommand } from './commands/reprint';
import { restoreCommand } from './commands/restore';
import { statsCommand } from './commands/stats';
import { cliContext, UsageError, type CliContext } from './context';

type ParsedValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>['values'];

const OPTIONS = {
  'data-dir': { type: 'string' },
  lang: { type: 'string' },
  devices: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  device: { type: 'string', multiple: true },
  batch: { type: 'string', multiple: true },
  handover: { type: 'string', multiple: true },
  return: { type: 'string', multiple: true },
  format: { type: 'string' },
  dpi: { type: 'string' },
  start: { type: 'string' },
  'no-grade': { type: 'boolean' },
  out: { type: 'string' },
  kind: { type: 'string' },
  grade: { type: 'string' },
  site: { type: 'string' },
  status: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  donor: { type: 'string' },
  programme: { type: 'string' },
  operator: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command's log, opened once the data folder exists (a command such as `demo` creates it). */
/** The words and options of a command line; an unknown or malformed option is a usage error. */
function parseCommandLine(argv: readonly string[], context: CliContext) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(context.t('cli.badOption', { detail: (error as Error).message }));
  }
}

function commandLog(dataDir: string | null) {
  let opened: OpenedLog | null = null;
  const get = (): OpenedLog | null => {
    if (!opened && dataDir !== null && existsSync(dataDir)) opened = openLog(dataDir, 'cli');
    return opened;
  };
  return { get, close: () => opened?.close() };
}

/** The usage, with every document kind, format and printer resolution this version knows, the reports and the backups. */
function usage(context: CliContext): string {
  const documents = context.t('cli.usage', {
    kinds: DOCUMENT_KINDS.join('|'),
    formats: DOCUMENT_FORMATS.join('|'),
    dpis: PRINTER_DPIS.join('|'),
  });
  const reports = context.t('cli.usageReports', {
    donorFormats: DONOR_REPORT_FORMATS.join('|'),
    programmeFormats: PROGRAMME_REPORT_FORMATS.join('|'),
  });
  return `${documents}\n${context.t('cli.usageImports')}\n${reports}\n${context.t('cli.usageBackups')}`;
}

/** Runs one command line and returns the exit code: 0 done, 1 problems found or refused, 2 usage error. */
export function runCli(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const langIndex = argv.indexOf('--lang');
  const requested = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const lang = isLang(requested) ? requested : 'fr';
  let context = cliContext(undefined, lang, out, err);
  let log = commandLog(null);
  let command: string | undefined;
  try {
    const { values, positionals } = parseCommandLine(argv, context);
    if (values.lang !== undefined && !isLang(values.lang))
      throw new UsageError(context.t('cli.badOption', { detail: `--lang ${values.lang}` }));
    context = cliContext(values['data-dir'], lang, out, err);
    const [first, ...extra] = positionals;
    command = first;
    if (values.help || command === undefined || command === 'help') {
      out(usage(context));
      return command === undefined && !values.help ? 2 : 0;
    }
    // `document`, `reprint` and `list` take what to print or list as a second word, `restore` the file.
    const takesWhat = command === 'document' || command === 'reprint' || command === 'list' || command === 'restore';
    const [what, ...rest] = takesWhat ? extra : [undefined, ...extra];
    if (rest.length > 0) throw new UsageError(context.t('cli.badOption', { detail: rest.join(' ') }));
    log = commandLog(context.dataDir);
    log.get()?.log.info({ event: 'start', command }, 'command started');
    const code = runCommand(context, command, what, values);
    log.get()?.log.info({ event: 'stop', command, exitCode: code }, 'command finished');
    return code;
  } catch (error) {
    return reportFailure(error, context, log, command, err);
  } finally {
    log.close();
  }
}

/** A usage error (2), a refusal (1, its translated message) or a bug (1, a reference; the stack goes to the log). */
function reportFailure(
  error: unknown,
  context: CliContext,
  log: ReturnType<typeof commandLog>,
  command: string | undefined,
  err: (line: string) => void,
): number {
  if (error instanceof UsageError) {
    err(error.message);
    if (error.showUsage) err(usage(context));
    return 2;
  }
  const refusal = withBackupAdvice(error, context.dataDir);
  if (refusal instanceof DomainError) {
    log.get()?.log.warn({ event: 'refused', command, code: refusal.code, params: refusal.params }, 'command refused');
    err(apiError(context.lang, refusal.code, refusal.params).message);
    return 1;
  }
  const ref = errorReference();
  const opened = log.get();
  if (opened) logInternalErrors(opened.log)(ref, `cli ${command ?? ''}`.trim(), error);
  err(internalErrorMessage(context.lang, ref, opened?.file ?? null));
  return 1;
}

/**
 * `runCli`, and `import` too: reading PDFs is asynchronous, so the import runs here (the other commands through
 * `runCli`). The entry point uses this one.
 */
export async function runCliAsync(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  const positionals = argv.filter(
    (arg, index) =>
      !arg.startsWith('-') &&
      ![
        '--data-dir',
        '--lang',
        '--batch',
        '--operator',
        '--format',
        '--out',
        '--status',
        '--kind',
        '--grade',
        '--site',
        '--donor',
        '--programme',
        '--from',
        '--to',
      ].includes(argv[index - 1] ?? ''),
  );
  const asyncCommand = positionals[0];
  if (asyncCommand !== 'import' && asyncCommand !== 'export' && asyncCommand !== 'report')
    return runCli(argv, out, err);
  const langIndex = argv.indexOf('--lang');
  const requested = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  let context = cliContext(undefined, isLang(requested) ? requested : 'fr', out, err);
  let log = commandLog(null);
  try {
    const { values, positionals: words } = parseCommandLine(argv, context);
    context = cliContext(values['data-dir'], context.lang, out, err);
    log = commandLog(context.dataDir);
    log.get()?.log.info({ event: 'start', command: asyncCommand }, 'command started');
    const code =
      asyncCommand === 'import'
        ? await importCommand(context, words.slice(1), values)
        : asyncCommand === 'report'
          ? await reportCommand(context, words[1], values)
          : await exportCommand(context, words[1], values);
    log.get()?.log.info({ event: 'stop', command: asyncCommand, exitCode: code }, 'command finished');
    return code;
  } catch (error) {
    return reportFailure(error, context, log, asyncCommand, err);
  } finally {
    log.close();
  }
}

function runCommand(context: CliContext, command: string, what: string | undefined, values: ParsedValues): number {
  switch (command) {
    case 'demo':
      return demoCommand(context, values);
    case 'check':
      return checkCommand(context);
    case 'stats':
      return statsCommand(context, values);
    case 'anonymise':
      return anonymiseCommand(context);
    case 'backup':
      return backupCommand(context, values);
    case 'backups':
      return backupsCommand(context, values);
    case 'restore':
      return restoreCommand(context, what);
    case 'document':
      return documentCommand(context, what, values);
    case 'reprint':
      return reprintCommand(context, what, values);
    case 'list':
      return listCommand(context, what, values);
    default:
      throw new UsageError(context.t('cli.unknownCommand', { command }));
  }
}
