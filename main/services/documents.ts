import { createHash, randomUUID } from 'node:crypto';
import type { DocumentSummary } from '../../shared/contract/documents';
import {
  DOCUMENT_PREFIXES,
  type DocumentFormat,
  type DocumentKindName,
  type DocumentSubject,
  type DocumentSubjectType,
} from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import type { Lang } from '../../shared/i18n';
import type { DocumentKind } from '../documents/kind';
import { renderJob, type RenderJob } from '../documents/render-job';
import { pageCount, yearOf } from '../documents/pdf';
import { organisationTimeZone } from '../documents/time-zone';
import { DOCUMENT_REGISTRY } from '../documents/registry';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { read, write, type Actor } from './unit-of-work';
import { readOrganisation } from './organisation';

export interface GenerateRequest {
  kind: DocumentKindName;
  subject: DocumentSubject;
  lang: Lang;
  format?: DocumentFormat | undefined;
  /** How labels are printed (printer resolution, start on a partly used sheet, grade); other kinds ignore it. */
  labels?: LabelPrintOptions | undefined;
}

export interface GeneratedDocument {
  document: DocumentSummary;
  pdf: Buffer;
}

function kindFor(actor: Actor | null, request: GenerateRequest): DocumentKind {
  const kind = DOCUMENT_REGISTRY[request.kind];
  const kindName = `documentKind.${request.kind}`;
  if (!kind) throw new DomainError('document_kind_unavailable', { kind: kindName }, 'kind');
  if (!kind.subjectTypes.includes(request.subject.type)) {
    throw new DomainError(
      'document_subject_unsupported',
      { kind: kindName, subject: `documentSubject.${request.subject.type}` },
      'subject',
    );
  }
  if (request.subject.type !== 'selection' && request.subject.ids.length !== 1) {
    throw new DomainError('invalid_input', { field: 'subject.ids', detail: 'validation.one_subject' }, 'subject.ids');
  }
  if (request.format !== undefined && !kind.formats.includes(request.format)) {
    throw new DomainError(
      'document_format_unsupported',
      { kind: kindName, format: request.format, formats: kind.formats.join(', ') },
      'format',
    );
  }
  requireKindRole(kind, actor);
  return kind;
}

/**
 * Who may issue a kind of document may also read it again, and nobody else: papers that name a person stay with
 * the roles allowed to see them. The command line (no actor) runs as the machine's own user, like the other
 * maintenance commands.
 */
function requireKindRole(kind: DocumentKind | undefined, actor: Actor | null): void {
  const roles = kind?.roles;
  if (roles && actor && !actor.roles.some((role) => roles.includes(role))) {
    throw new DomainError('forbidden_role', {
      role: actor.roles.map((role) => `role.${role}`),
      required: roles.map((role) => `role.${role}`),
    });
  }
}

/** The sequence a kind's references are numbered from in the year of issue (`document.CERT.2026`). */
function sequenceOf(
  kind: DocumentKindName,
  issuedAt: Date,
  zone: string,
): { name: string; prefix: string; year: number } {
  const prefix = DOCUMENT_PREFIXES[kind];
  const year = yearOf(issuedAt, zone);
  return { name: `document.${prefix}.${year}`, prefix, year };
}

/** What storing a drawn document needs of its preparation (the drawing's data stays where it was drawn). */
export interface DrawnIssue {
  reference: string;
  /** ISO 8601, as on the document. */
  issuedAt: string;
  format: DocumentFormat;
  labels?: LabelPrintOptions;
  deviceIds: readonly number[];
  sequence: string;
  number: number;
  /** A hash of what the drawing depends on: if it differs at the second transaction, the drawing is out of date. */
  fingerprint: string;
  /** The state of the file the drawing was loaded from, as its connection saw it (see `unchangedSince`). */
  snapshot: Snapshot;
}

/** A document drawn from its first transaction: its bytes, their hash and page count, and how to store it. */
export interface DrawnDocument {
  issue: DrawnIssue;
  pdf: Buffer;
  sha256: string;
  pages: number;
}

/**
 * Where a connection's view of the file stood: `PRAGMA data_version` moves when another connection commits,
 * `total_changes()` when this one writes a row. Both the same on the same connection: not a row changed since.
 */
interface Snapshot {
  connection: string;
  dataVersion: number;
  changes: number;
}

/** Which connection a snapshot was taken on (a job worker started again has a new one). */
const connections = new WeakMap<Store, string>();

function snapshotOf(store: Store): Snapshot {
  let connection = connections.get(store);
  if (!connection) {
    connection = randomUUID();
    connections.set(store, connection);
  }
  return {
    connection,
    dataVersion: store.db.pragma('data_version', { simple: true }) as number,
    changes: store.db.prepare('SELECT total_changes()').pluck().get() as number,
  };
}

function unchangedSince(store: Store, before: Snapshot): boolean {
  const now = snapshotOf(store);
  return (
    now.connection === before.connection && now.dataVersion === before.dataVersion && now.changes === before.changes
  );
}

/** How many times a document is drawn again when its subject or its number moved meanwhile, before giving up. */
const MAX_ATTEMPTS = 3;

/**
 * First short transaction (a read): checks the request and loads the subject, and reads (without taking) the
 * next number of the kind's sequence, the `CERT-2026-000123` the document will carry.
 */
function prepareDocument(
  store: Store,
  actor: Actor | null,
  request: GenerateRequest,
  issuedAt: Date,
): { job: RenderJob; issue: DrawnIssue } {
  return read(store, () => {
    const kind = kindFor(actor, request);
    const format = request.format ?? kind.formats[0] ?? 'a4';
    const labels = request.kind === 'labels' ? (request.labels ?? {}) : {};
    const loaded = kind.load(store, request.subject, request.lang);
    const timeZone = organisationTimeZone(store);
    const sequence = sequenceOf(request.kind, issuedAt, timeZone);
    const number = store.settings.peek(sequence.name);
    const job: RenderJob = {
      kind: request.kind,
      data: loaded.data,
      lang: request.lang,
      reference: `${sequence.prefix}-${sequence.year}-${String(number).padStart(6, '0')}`,
      issuedAt: issuedAt.toISOString(),
      organisation: readOrganisation(store),
      timeZone,
      operator: actor ? { id: actor.id, name: actor.name } : null,
      format,
      ...(request.kind === 'labels' ? { labels } : {}),
    };
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([job, loaded.deviceIds]))
      .digest('hex');
    const issue: DrawnIssue = {
      reference: job.reference,
      issuedAt: job.issuedAt,
      format,
      ...(job.labels ? { labels: job.labels } : {}),
      deviceIds: loaded.deviceIds,
      sequence: sequence.name,
      number,
      fingerprint,
      snapshot: snapshotOf(store),
    };
    return { job, issue };
  });
}

/**
 * The first transaction and the drawing: everything but the storing, with the bytes' hash and page count. It
 * runs where the document is drawn (the render worker, on its own connection; the CLI's thread).
 */
export function drawDocument(
  store: Store,
  actor: Actor | null,
  request: GenerateRequest,
  issuedAt: Date,
): DrawnDocument {
  const { job, issue } = prepareDocument(store, actor, request, issuedAt);
  const pdf = renderJob(job);
  return { issue, pdf, sha256: createHash('sha256').update(pdf).digest('hex'), pages: pageCount(pdf) };
}

/**
 * Second short transaction, on the connection that drew it: when a row of the file changed since the first one,
 * loads and checks the subject again (a refusal now leaves nothing behind) and compares; when neither it nor the
 * number moved while the document was drawn, takes the number, stores the bytes and writes `document.generated`.
 * Null when the drawing is out of date and must be done again.
 */
export function storeDrawnDocument(
  store: Store,
  actor: Actor | null,
  request: GenerateRequest,
  drawn: DrawnDocument,
): DocumentSummary | null {
  return write(store, actor, (tx) => {
    const { issue, pdf, sha256, pages } = drawn;
    if (!unchangedSince(store, issue.snapshot)) {
      const now = prepareDocument(store, actor, request, new Date(issue.issuedAt));
      if (now.issue.fingerprint !== issue.fingerprint) return null;
    }
    if (store.settings.take(issue.sequence) !== issue.number)
      throw new Error('document number moved inside its transaction');
    const id = store.documents.insert(
      {
        reference: issue.reference,
        kind: request.kind,
        subjectType: request.subject.type,
        subjectIds: request.subject.ids,
        lang: request.lang,
        format: issue.format,
        pages,
        sha256,
        content: pdf,
        operatorId: actor?.id ?? null,
        deviceIds: issue.deviceIds,
      },
      issue.issuedAt,
    );
    const labels = issue.labels ?? {};
    tx.record('document', id, 'document.generated', {
      reference: issue.reference,
      kind: request.kind,
      subjectType: request.subject.type,
      subjectIds: request.subject.ids,
      lang: request.lang,
      format: issue.format,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      pages,
      sha256,
    });
    const document = store.documents.get(issue.reference);
    if (!document) throw new DomainError('document_not_found', { reference: issue.reference });
    return document;
  });
}

/**
 * The two steps of issuing a document, wherever they run: in this thread, or in the render worker (`Drawn` is
 * then the drawing as it crosses between threads, handed back untouched).
 */
export interface DocumentSteps<Drawn = DrawnDocument> {
  draw(issuedAt: Date): Promise<Drawn>;
  store(drawn: Drawn): Promise<DocumentSummary | null>;
}

/**
 * Issues a document in two short transactions with the drawing between them, outside any lock: numbers stay
 * without gaps because the number is only taken in the second one, after checking that nobody took it and that
 * the subject still reads the same; otherwise the document is drawn again (at most MAX_ATTEMPTS times). A refusal
 * anywhere, or a process stopped while drawing, leaves nothing behind, not even a used number.
 */
export async function issueDocument<Drawn>(steps: DocumentSteps<Drawn>, clock: () => Date): Promise<DocumentSummary> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const issued = await steps.store(await steps.draw(clock()));
    if (issued) return issued;
  }
  throw new DomainError('document_changed_while_rendering');
}

/** The same, drawn in this thread (the command line; tests): nothing in this process can move in between. */
export function generateDocument(store: Store, actor: Actor | null, request: GenerateRequest): GeneratedDocument {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const drawn = drawDocument(store, actor, request, store.clock());
    const document = storeDrawnDocument(store, actor, request, drawn);
    if (document) return { document, pdf: drawn.pdf };
  }
  throw new DomainError('document_changed_while_rendering');
}

/** The bytes as first issued, byte for byte; a cancelled tax receipt, as its copy marked « ANNULÉ ». */
export function reprintDocument(store: Store, reference: string, actor: Actor | null = null): GeneratedDocument {
  return read(store, () => {
    const document = store.documents.get(reference);
    if (!document) throw new DomainError('document_not_found', { reference }, 'reference');
    requireKindRole(DOCUMENT_REGISTRY[document.kind], actor);
    const pdf = store.documents.content(reference);
    if (!pdf) throw new DomainError('document_purged', { reference }, 'reference');
    const cancelled = document.kind === 'tax-receipt' ? store.taxReceipts.cancelledCopy(document.id) : null;
    return { document, pdf: Buffer.from(cancelled ?? pdf) };
  });
}

export function listDocuments(store: Store, subjectType: DocumentSubjectType, subjectId: number): DocumentSummary[] {
  return store.documents.forSubject(subjectType, subjectId);
}
