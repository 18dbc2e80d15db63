/**
 * `rebond report <which> ...`: a report for a period, written to a file. Each report is one entry of
 * `REPORT_COMMANDS` (add a line there for another report, e.g. `programme`).
 *
 * `rebond report donor --donor ID --from DAY --to DAY --format xlsx --out FILE`: what became of a donor's devices.
 */
import { writeFileSync } from 'node:fs';
import { DONOR_REPORT_FORMATS, type DonorReportFormat } from '../../../shared/contract/donor-report';
import { donorReportBytes } from '../../services/reports/donor-report-file';
import { openStore } from '../../store/store';
import { requireDatabase, UsageError, wholeNumber, type CliContext } from '../context';

export interface ReportOptions {
  donor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

type ReportCommand = (context: CliContext, options: ReportOptions) => Promise<number>;

async function donorReportCommand(context: CliContext, options: ReportOptions): Promise<number> {
  const donorId = wholeNumber(context, 'donor', options.donor, 1, Number.MAX_SAFE_INTEGER);
  if (!options.from || !options.to) throw new UsageError(context.t('cli.reportPeriod'));
  if (!options.format || !(DONOR_REPORT_FORMATS as readonly string[]).includes(options.format))
    throw new UsageError(context.t('cli.reportFormat', { formats: DONOR_REPORT_FORMATS.join('|') }));
  if (!options.out) throw new UsageError(context.t('cli.exportOut'));
  requireDatabase(context);
  const store = openStore(context.databasePath, { readonly: true });
  try {
    const file = await donorReportBytes(
      store,
      { donorId, from: options.from, to: options.to, format: options.format as DonorReportFormat },
      context.lang,
    );
    writeFileSync(options.out, file.bytes);
    context.out(context.t('cli.reportWritten', { count: file.devices, file: options.out }));
    return 0;
  } finally {
    store.close();
  }
}

/** The reports `rebond report` knows, by their word on the command line. */
export const REPORT_COMMANDS: Record<string, ReportCommand> = {
  donor: donorReportCommand,
};

export function reportCommand(context: CliContext, which: string | undefined, options: ReportOptions): Promise<number> {
  const command = which === undefined ? undefined : REPORT_COMMANDS[which];
  if (!command)
    throw new UsageError(
      context.t('cli.reportUnknown', { which: which ?? '', reports: Object.keys(REPORT_COMMANDS).join(', ') }),
    );
  return command(context, options);
}
