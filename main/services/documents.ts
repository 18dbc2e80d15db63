import { createHash } from 'node:crypto';
import type { DocumentSummary } from '../../shared/contract/documents';
import {
  DOCUMENT_PREFIXES,
  type DocumentFormat,
  type DocumentKindName,
  type DocumentSubject,
  type DocumentSubjectType,
} from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import { translate, type Lang } from '../../shared/i18n';
import type { DocumentKind } from '../documents/kind';
import { pageCount, yearOf } from '../documents/pdf';
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
    throw new DomainError('document_subject_unsupported', { kind: kindName, subject: `documentSubject.${request.subject.type}` }, 'subject');
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

/** `CERT-2026-000123`: numbered per kind and per year of issue, without gaps (taken inside the transaction). */
function nextReference(store: Store, kind: DocumentKindName, issuedAt: Date): string {
  const prefix = DOCUMENT_PREFIXES[kind];
  const year = yearOf(issuedAt);
  const number = store.settings.take(`document.${prefix}.${year}`);
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

/**
 * Issues a document in one write transaction: checks and loads its subject, numbers it, renders it, stores its
 * bytes and writes `document.generated`. A refusal anywhere leaves nothing behind, not even a used number.
 */
export function generateDocument(store: Store, actor: Actor | null, request: GenerateRequest): GeneratedDocument {
  return write(store, actor, (tx) => {
    const kind = kindFor(actor, request);
    const format = request.format ?? kind.formats[0] ?? 'a4';
    const labels = request.kind === 'labels' ? (request.labels ?? {}) : {};
    const loaded = kind.load(store, request.subject, request.lang);
    const issuedAt = new Date(tx.now);
    const reference = nextReference(store, request.kind, issuedAt);
    const pdf = kind.render({
      data: loaded.data,
      lang: request.lang,
      t: (key, params) => translate(request.lang, key, params),
      reference,
      issuedAt,
      organisation: readOrganisation(store),
      operator: actor ? { id: actor.id, name: actor.name } : null,
      format,
      labels,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const pages = pageCount(pdf);
    const id = store.documents.insert(
      {
        reference,
        kind: request.kind,
        subjectType: request.subject.type,
        subjectIds: request.subject.ids,
        lang: request.lang,
        format,
        pages,
        sha256,
        content: pdf,
        operatorId: actor?.id ?? null,
        deviceIds: loaded.deviceIds,
      },
      tx.now,
    );
    tx.record('document', id, 'document.generated', {
      reference,
      kind: request.kind,
      subjectType: request.subject.type,
      subjectIds: request.subject.ids,
      lang: request.lang,
      format,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      pages,
      sha256,
    });
    const document = store.documents.get(reference);
    if (!document) throw new DomainError('document_not_found', { reference });
    return { document, pdf };
  });
}

/** The bytes as first issued, byte for byte. */
export function reprintDocument(store: Store, reference: string, actor: Actor | null = null): GeneratedDocument {
  return read(store, () => {
    const document = store.documents.get(reference);
    if (!document) throw new DomainError('document_not_found', { reference }, 'reference');
    requireKindRole(DOCUMENT_REGISTRY[document.kind], actor);
    const pdf = store.documents.content(reference);
    if (!pdf) throw new DomainError('document_purged', { reference }, 'reference');
    return { document, pdf: Buffer.from(pdf) };
  });
}

export function listDocuments(store: Store, subjectType: DocumentSubjectType, subjectId: number): DocumentSummary[] {
  return store.documents.forSubject(subjectType, subjectId);
}
