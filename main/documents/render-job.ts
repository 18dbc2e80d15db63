import type { OrganisationIdentity } from '../../shared/contract/documents';
import type { DocumentFormat, DocumentKindName } from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import { translate, type Lang } from '../../shared/i18n';
import { DomainError } from '../errors';
import { DOCUMENT_REGISTRY } from './registry';

/**
 * Everything needed to draw one document, as plain data: it crosses to the render worker by structured clone and
 * comes back as the PDF's bytes. Nothing in it reads the database.
 */
export interface RenderJob {
  kind: DocumentKindName;
  data: unknown;
  lang: Lang;
  reference: string;
  /** ISO 8601; printed on the document and used as the PDF's creation date. */
  issuedAt: string;
  organisation: OrganisationIdentity;
  /** The organisation's time zone, in which the document prints its dates and times. */
  timeZone: string;
  operator: { id: number; name: string } | null;
  format: DocumentFormat;
  labels?: LabelPrintOptions;
}

/** Draws a job with its kind's `render`; the same function runs in the CLI's thread and in the render worker. */
export function renderJob(job: RenderJob): Buffer {
  const kind = DOCUMENT_REGISTRY[job.kind];
  if (!kind) throw new DomainError('document_kind_unavailable', { kind: `documentKind.${job.kind}` }, 'kind');
  return kind.render({
    data: job.data,
    lang: job.lang,
    t: (key, params) => translate(job.lang, key, params),
    reference: job.reference,
    issuedAt: new Date(job.issuedAt),
    organisation: job.organisation,
    timeZone: job.timeZone,
    operator: job.operator,
    format: job.format,
    ...(job.labels ? { labels: job.labels } : {}),
  });
}
