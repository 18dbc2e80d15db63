/**
 * `rebond report <which> ...`: a report for a period, written to a file. Each report is one entry of
 * `REPORT_COMMANDS` (one more line for another report).
 *
 * `rebond report donor --donor ID --from DAY --to DAY --format pdf|xlsx --out FILE`: what became of a donor’s devices.
 * `rebond report programme --programme ID --from DAY --to DAY --format pdf|xlsx --out FILE`: the funder's report.
 */
import { writeFileSync } from 'node:fs';
import { DONOR_REPORT_FORMATS, type DonorReportFormat } from '../../../shared/contract/donor-report';
import { PROGRAMME_REPORT_FORMATS } from '../../../shared/contract/programme-report';
import { donorReportBytes } from '../../services/reports/donor-report-file';
import { programmeReportBytes } from '../../services/reports/programme-report-file';
import { openStore, type Store } from '../../store/store';
import { requireDatabase, UsageError, wholeNumber, type CliContext } from '../context';

export interface ReportOptions {
  donor?: string | undefined;
  programme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

type ReportCommand = (context: CliContext, options: ReportOptions) => Promise<number>;

/** The period, the format (one of `formats`) and the output file every report needs, checked before the store opens. */
function commonOptions<F extends string>(
  context: CliContext,
  options: ReportOptions,
  formats: readonly F[],
): { from: string; to: string; format: F; out: string } {
  if (!options.from || !options.to) throw new UsageError(context.t('cli.reportPeriod'));
  if (!options.format || !(formats as readonly string[]).includes(options.format))
    throw new UsageError(context.t('cli.reportFormat', { formats: formats.join('|') }));
  if (!options.out) throw new UsageError(context.t('cli.exportOut'));
  return { from: options.from, to: options.to, format: options.format as F, out: options.out };
}

async function withReadOnlyStore<T>(context: CliContext, use: (store: Store) => Promise<T>): Promise<T> {
  requireDatabase(context);
  const store = openStore(context.databasePath, { readonly: true });
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

async function donorReportCommand(context: CliContext, options: ReportOptions): Promise<number> {
  const donorId = wholeNumber(context, 'donor', options.donor, 1, Number.MAX_SAFE_INTEGER);
  const { from, to, format, out } = commonOptions<DonorReportFormat>(context, options, DONOR_REPORT_FORMATS);
  const file = await withReadOnlyStore(context, (store) =>
    donorReportBytes(store, { donorId, from, to, format }, context.lang),
  );
  writeFileSync(out, file.bytes);
  context.out(context.t('cli.reportWritten', { count: file.devices, file: out }));
  return 0;
}

async function programmeReportCommand(context: CliContext, options: ReportOptions): Promise<number> {
  const programmeId = wholeNumber(context, 'programme', options.programme, 1, Number.MAX_SAFE_INTEGER);
  const { from, to, format, out } = commonOptions(context, options, PROGRAMME_REPORT_FORMATS);
  const file = await withReadOnlyStore(context, (store) =>
    programmeReportBytes(store, { programmeId, from, to, format }, context.lang),
  );
  writeFileSync(out, file.bytes);
  context.out(context.t('cli.programmeReportWritten', { file: out }));
  return 0;
}

/** The reports `rebond report` knows, by their word on the command line. */
export const REPORT_COMMANDS: Record<string, ReportCommand> = {
  donor: donorReportCommand,
  programme: programmeReportCommand,
};

export function reportCommand(context: CliContext, which: string | undefined, options: ReportOptions): Promise<number> {
  const command = which === undefined ? undefined : REPORT_COMMANDS[which];
  if (!command)
    throw new UsageError(
      context.t('cli.reportUnknown', { which: which ?? '', reports: Object.keys(REPORT_COMMANDS).join(', ') }),
    );
  return command(context, options);
}
