import { writeFileSync } from 'node:fs';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, type DocumentFormat, type DocumentKindName, type DocumentSubjectType } from '../../../shared/domain/documents';
import { DOCUMENT_REGISTRY } from '../../documents/registry';
import { generateDocument } from '../../services/documents';
import { ListingRepository } from '../../store/repositories/listings';
import { openStore } from '../../store/store';
import { backupBeforeMigration } from '../../backup/before-migration';
import { requireDatabase, UsageError, type CliContext } from '../context';

export interface DocumentOptions {
  device?: string | undefined;
  batch?: string | undefined;
  handover?: string | undefined;
  return?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

const SUBJECT_OPTIONS = ['device', 'batch', 'handover', 'return'] as const satisfies readonly DocumentSubjectType[];

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

/** `document <kind> (--device TAG | --batch ID | --handover ID | --return ID) [--format F] --out FILE` */
export function documentCommand(context: CliContext, kindArg: string | undefined, options: DocumentOptions): number {
  const kind = checkKind(context, kindArg);
  const format = checkFormat(context, options.format);
  const given = SUBJECT_OPTIONS.filter((option) => options[option] !== undefined);
  const [subjectType] = given;
  if (given.length !== 1 || !subjectType) throw new UsageError(context.t('cli.documentSubject'));
  if (!options.out) throw new UsageError(context.t('cli.documentOut'));
  requireDatabase(context);
  const store = openStore(context.databasePath, { beforeMigrate: backupBeforeMigration });
  try {
    const typed = options[subjectType] ?? '';
    const id = new ListingRepository(store.db).find(subjectType, typed);
    if (id === null) throw new UsageError(context.t('cli.documentSubjectUnknown', { option: subjectType, value: typed }), false);
    const { document, pdf } = generateDocument(store, null, { kind, subject: { type: subjectType, ids: [id] }, lang: context.lang, format });
    writeFileSync(options.out, pdf);
    context.out(context.t('cli.documentWritten', { reference: document.reference, pages: document.pages, file: options.out }));
    return 0;
  } finally {
    store.close();
  }
}
