import type { OrganisationIdentity } from '../../shared/contract/documents';
import type {
  DocumentFormat,
  DocumentKindName,
  DocumentSubject,
  DocumentSubjectType,
} from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import type { OperatorRole } from '../../shared/domain/values';
import type { Lang, MessageKey, MessageParams } from '../../shared/i18n';
import type { Store } from '../store/store';

/** What a kind's `load` found: the data its `render` needs, and the devices the document covers. */
export interface LoadedDocument<D> {
  data: D;
  /** Devices the document is about: it is listed on each one's page. */
  deviceIds: readonly number[];
}

/** Everything `render` may use. Nothing here changes between two renders of the same document. */
export interface RenderContext<D> {
  data: D;
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The document's own reference, e.g. `CERT-2026-000123`, printed on it. */
  reference: string;
  /** When it is issued: printed on it and used as the PDF's creation date. */
  issuedAt: Date;
  organisation: OrganisationIdentity;
  /** The organisation's time zone, in which every instant on the document is printed. */
  timeZone: string;
  /** Who generates it; null from the command line. */
  operator: { id: number; name: string } | null;
  format: DocumentFormat;
  /** How labels are printed, as asked; absent for every other kind. */
  labels?: LabelPrintOptions;
}

/**
 * One kind of document. `load` reads (and checks) the subject and throws a DomainError when the document may not be
 * issued; it runs twice, before the drawing and again in the transaction that records the document. `render` draws
 * it with ./pdf from the loaded data alone (plain data: it may run in the render worker) and returns the PDF's bytes.
 */
export interface DocumentKind<D = unknown> {
  kind: DocumentKindName;
  /** The subjects it is issued for; the first is what the CLI and screens offer by default. */
  subjectTypes: readonly DocumentSubjectType[];
  /** Paper formats it comes in; the first is the default. */
  formats: readonly DocumentFormat[];
  /** Who may issue it; any signed-in operator when absent. */
  roles?: readonly OperatorRole[];
  load(store: Store, subject: DocumentSubject, lang: Lang): LoadedDocument<D>;
  render(context: RenderContext<D>): Buffer;
}

/** Lets a kind with its own data type sit in the registry. */
export function defineKind<D>(kind: DocumentKind<D>): DocumentKind<D> {
  return kind;
}

/** The one id of a single-subject document (every subject type but a selection). */
export function singleId(subject: DocumentSubject): number {
  return subject.ids[0] ?? 0;
}
