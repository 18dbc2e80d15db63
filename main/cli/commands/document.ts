import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type DocumentFormat,
  type DocumentKindName,
} from '../../../shared/domain/documents';
import { isPrinterDpi, PRINTER_DPIS, SHEET_LABELS, type LabelPrintOptions } from '../../../shared/domain/labels';
import { apiError } from '../../api/localise';
import { DOCUMENT_REGISTRY } from '../../documents/registry';
import { DomainError } from '../../errors';
import { generateDocument } from '../../services/documents';
import { withCliStore } from '../with-store';
import { UsageError, wholeNumber, type CliContext } from '../context';
import { planDocuments, SUBJECT_OPTIONS, typedSubjects } from './document-subjects';

export interface DocumentOptions {
  device?: string[] | undefined;
  batch?: string[] | undefined;
  handover?: string[] | undefined;
  return?: string[] | undefined;
  format?: string | undefined;
  dpi?: string | undefined;
  start?: string | undefined;
  'no-grade'?: boolean | undefined;
  out?: string | undefined;
}

function checkKind(context: CliContext, kind: string | undefined): DocumentKindName {
  if (!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(context.t('cli.documentKindUnknown', { kind: kind ?? '', kinds: DOCUMENT_KINDS.join(', ') }));
  }
  if (!DOCUMENT_REGISTRY[kind as DocumentKindName]) {
    throw new UsageError(context.t('cli.documentKindUnavailable', { kind }), false);
  }
  return kind as DocumentKindName;
}

function checkFormat(context: CliContext, format: string | undefined): DocumentFormat | undefined {
  if (format === undefined) return undefined;
  if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(context.t('cli.badOption', { detail: `--format ${format} (${DOCUMENT_FORMATS.join(', ')})` }));
  }
  return format as DocumentFormat;
}

/** `--dpi`, `--start` and `--no-grade`, for labels only. */
function labelOptions(context: CliContext, kind: DocumentKindName, options: DocumentOptions): LabelPrintOptions {
  const given = options.dpi !== undefined || options.start !== undefined || options['no-grade'] === true;
  if (!given) return {};
  if (kind !== 'labels') throw new UsageError(context.t('cli.labelOptionsOnly'));
  const dpi = options.dpi === undefined ? undefined : Number(options.dpi);
  if (options.dpi !== undefined && !isPrinterDpi(dpi)) {
    throw new UsageError(context.t('cli.badOption', { detail: `--dpi ${options.dpi} (${PRINTER_DPIS.join(', ')})` }));
  }
  return {
    ...(dpi !== undefined && isPrinterDpi(dpi) ? { dpi } : {}),
    ...(options.start !== undefined ? { start: wholeNumber(context, 'start', options.start, 1, SHEET_LABELS) } : {}),
    ...(options['no-grade'] ? { grade: false } : {}),
  };
}

/**
 * `document <kind> (--device TAG… | --batch CODE… | --handover ID… | --return ID…) [--format F] [--dpi N]
 * [--start N] [--no-grade] --out FILE|DIR`. One process for many documents: one document is written to the file
 * `--out` names; several go into the folder `--out` names, each as `<reference>.pdf`. A refused document is
 * reported and the others are still issued (exit 1).
 */
export function documentCommand(context: CliContext, kindArg: string | undefined, options: DocumentOptions): number {
  const kind = checkKind(context, kindArg);
  const format = checkFormat(context, options.format);
  const labels = labelOptions(context, kind, options);
  const given = SUBJECT_OPTIONS.filter((option) => typedSubjects(options[option]).length > 0);
  const [subjectType] = given;
  if (given.length !== 1 || !subjectType) throw new UsageError(context.t('cli.documentSubject'));
  const out = options.out;
  if (!out) throw new UsageError(context.t('cli.documentOut'));
  return withCliStore(context, 'write', (store) => {
    const documentKind = DOCUMENT_REGISTRY[kind];
    if (!documentKind) throw new UsageError(context.t('cli.documentKindUnavailable', { kind }), false);
    const planned = planDocuments(context, store, documentKind, subjectType, typedSubjects(options[subjectType]));
    const several = planned.length > 1;
    if (several) {
      if (existsSync(out) && !statSync(out).isDirectory())
        throw new UsageError(context.t('cli.documentOutDir', { out, count: planned.length }));
      mkdirSync(out, { recursive: true });
    }
    let refused = 0;
    for (const { subject, typed } of planned) {
      try {
        const { document, pdf } = generateDocument(store, null, { kind, subject, lang: context.lang, format, labels });
        const file = several ? join(out, `${document.reference}.pdf`) : out;
        writeFileSync(file, pdf);
        context.out(context.t('cli.documentWritten', { reference: document.reference, pages: document.pages, file }));
      } catch (error) {
        // One refusal does not stop the others; a single document's refusal is the command's own.
        if (!several || !(error instanceof DomainError)) throw error;
        refused += 1;
        context.err(
          context.t('cli.documentRefused', {
            subject: `--${subjectType} ${typed}`,
            reason: apiError(context.lang, error.code, error.params).message,
          }),
        );
      }
    }
    return refused > 0 ? 1 : 0;
  });
}
