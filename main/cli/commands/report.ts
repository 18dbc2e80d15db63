/**
 * `rebond report <what> ...`: a report for a period as PDF or XLSX. Each report is one entry of REPORTS, so another
 * (the donor's) is one more line. `rebond report programme --programme ID --from DATE --to DATE --format pdf|xlsx
 * --out FILE`.
 */
import { writeFileSync } from 'node:fs';
import { renderProgrammeReport } from '../../documents/kinds/programme-report';
import { readOrganisation } from '../../services/organisation';
import { programmeReport } from '../../services/reports/programme-report';
import { programmeReportXlsx } from '../../services/reports/programme-report-xlsx';
import { openStore, type Store } from '../../store/store';
import { requireDatabase, UsageError, wholeNumber, type CliContext } from '../context';

export interface ReportOptions {
  programme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

type ReportWriter = (
  context: CliContext,
  store: Store,
  options: ReportOptions,
  format: 'pdf' | 'xlsx',
) => Promise<Buffer>;

const REPORTS: Record<string, ReportWriter> = {
  programme: async (context, store, options, format) => {
    const programmeId = wholeNumber(context, 'programme', options.programme ?? '', 1, Number.MAX_SAFE_INTEGER);
    const report = programmeReport(store, { programmeId, from: options.from ?? '', to: options.to ?? '' });
    if (format === 'xlsx') return programmeReportXlsx(report, context.lang);
    return renderProgrammeReport({
      report,
      lang: context.lang,
      organisation: readOrganisation(store),
      reference: `RP-${report.programme.id}-${report.from}`,
      issuedAt: new Date(report.generatedAt),
    });
  },
};

export async function reportCommand(
  context: CliContext,
  what: string | undefined,
  options: ReportOptions,
): Promise<number> {
  const write = what === undefined ? undefined : REPORTS[what];
  if (!write)
    throw new UsageError(
      context.t('cli.reportUnknown', { what: what ?? '', reports: Object.keys(REPORTS).join(', ') }),
    );
  if (options.format !== 'pdf' && options.format !== 'xlsx')
    throw new UsageError(context.t('cli.reportFormat', { format: options.format ?? '' }));
  if (!options.out) throw new UsageError(context.t('cli.exportOut'));
  requireDatabase(context);
  const store = openStore(context.databasePath, { readonly: true });
  try {
    const bytes = await write(context, store, options, options.format);
    writeFileSync(options.out, bytes);
    context.out(context.t('cli.reportWritten', { file: options.out }));
    return 0;
  } finally {
    store.close();
  }
}
