import { parseArgs } from 'node:util';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS } from '../../shared/domain/documents';
import { PRINTER_DPIS } from '../../shared/domain/labels';
import { isLang } from '../../shared/i18n';
import { apiError } from '../api/localise';
import { DomainError } from '../errors';
import { anonymiseCommand } from './commands/anonymise';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { documentCommand } from './commands/document';
import { listCommand } from './commands/list';
import { reprintCommand } from './commands/reprint';
import { statsCommand } from './commands/stats';
import { cliContext, UsageError, type CliContext } from './context';

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
  status: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The usage, with every document kind, format and printer resolution this version knows. */
function usage(context: CliContext): string {
  return context.t('cli.usage', { kinds: DOCUMENT_KINDS.join('|'), formats: DOCUMENT_FORMATS.join('|'), dpis: PRINTER_DPIS.join('|') });
}

/** Runs one command line and returns the exit code: 0 done, 1 problems found or refused, 2 usage error. */
export function runCli(argv: readonly string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): number {
  const langIndex = argv.indexOf('--lang');
  const requested = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const lang = isLang(requested) ? requested : 'fr';
  let context = cliContext(undefined, lang, out, err);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(context.t('cli.badOption', { detail: (error as Error).message }));
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(context.t('cli.badOption', { detail: `--lang ${values.lang}` }));
    context = cliContext(values['data-dir'], lang, out, err);
    const [command, ...extra] = positionals;
    if (values.help || command === undefined || command === 'help') {
      out(usage(context));
      return command === undefined && !values.help ? 2 : 0;
    }
    // `document`, `reprint` and `list` take what to print or list as a second word.
    const [what, ...rest] = command === 'document' || command === 'reprint' || command === 'list' ? extra : [undefined, ...extra];
    if (rest.length > 0) throw new UsageError(context.t('cli.badOption', { detail: rest.join(' ') }));
    switch (command) {
      case 'demo':
        return demoCommand(context, values);
      case 'check':
        return checkCommand(context);
      case 'stats':
        return statsCommand(context, values);
      case 'anonymise':
        return anonymiseCommand(context);
      case 'document':
        return documentCommand(context, what, values);
      case 'reprint':
        return reprintCommand(context, what, values);
      case 'list':
        return listCommand(context, what, values);
      default:
        throw new UsageError(context.t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      if (error.showUsage) err(usage(context));
      return 2;
    }
    if (error instanceof DomainError) {
      err(apiError(context.lang, error.code, error.params).message);
      return 1;
    }
    throw error;
  }
}
