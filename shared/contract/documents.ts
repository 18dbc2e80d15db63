import type { ExportSaved } from './exports';
import { z } from 'zod';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  DOCUMENT_REFERENCE_PATTERN,
  DOCUMENT_SUBJECT_TYPES,
  MAX_DOCUMENT_SUBJECTS,
  type DocumentFormat,
  type DocumentKindName,
  type DocumentSubjectType,
} from '../domain/documents';
import { PRINTER_DPIS, SHEET_LABELS } from '../domain/labels';
import { isTimeZone } from '../format/time-zone';
import type { Lang } from '../i18n/define';
import { method } from './define';
import { id, optionalText } from './fields';

export interface DocumentSummary {
  id: number;
  reference: string;
  kind: DocumentKindName;
  subjectType: DocumentSubjectType;
  subjectIds: number[];
  lang: Lang;
  format: DocumentFormat;
  pages: number;
  byteSize: number;
  /** SHA-256 of the PDF bytes as issued. */
  sha256: string;
  createdAt: string;
  operator: { id: number; name: string } | null;
  /** Its bytes were dropped with the personal data they held; it can no longer be reprinted. */
  purged: boolean;
}

/** Who issues the documents: printed in every page's header, and by the signatory on agreements. */
export interface OrganisationIdentity {
  name: string | null;
  address: string | null;
  /** SIRET, RNA or any registration number. */
  registration: string | null;
  phone: string | null;
  email: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  /** How to reach the data protection officer (name, e-mail or postal address), printed in the personal-data article. */
  dpoContact: string | null;
  /** A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL, or null. */
  logo: string | null;
  /** The IANA zone every instant is shown in, on screens, documents and exports; null: the machine's. */
  timeZone: string | null;
}

/** The largest logo accepted, in bytes once decoded. */
export const MAX_LOGO_BYTES = 512 * 1024;

const logoSchema = z
  .string()
  .refine((url) => /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(url), 'logo_format')
  .refine((url) => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4) <= MAX_LOGO_BYTES, 'logo_too_large')
  .nullable();

export const organisationSchema = z.object({
  name: optionalText(200),
  address: optionalText(400),
  registration: optionalText(60),
  phone: optionalText(40),
  email: optionalText(200),
  signatoryName: optionalText(120),
  signatoryTitle: optionalText(120),
  dpoContact: optionalText(200).default(null),
  logo: logoSchema,
  timeZone: z.string().max(64).refine(isTimeZone, 'time_zone_unknown').nullable().default(null),
});

const subjectSchema = z
  .object({
    type: z.enum(DOCUMENT_SUBJECT_TYPES),
    ids: z.array(id).min(1).max(MAX_DOCUMENT_SUBJECTS),
  })
  .refine((subject) => subject.type === 'selection' || subject.ids.length === 1, {
    message: 'one_subject',
    path: ['ids'],
  });

/** How labels are printed; ignored by every other kind. */
export const labelPrintSchema = z.object({
  dpi: z.literal(PRINTER_DPIS).optional(),
  start: z.number().int().min(1).max(SHEET_LABELS).optional(),
  grade: z.boolean().optional(),
});

const reference = z.string().trim().toUpperCase().regex(DOCUMENT_REFERENCE_PATTERN);

export const documentsContract = {
  /** Renders, stores and records a document; its bytes are then opened by reference. Roles are checked per kind. */
  'documents.generate': method<DocumentSummary>()({
    input: z.object({
      kind: z.enum(DOCUMENT_KINDS),
      subject: subjectSchema,
      lang: z.enum(['fr', 'en']).optional(),
      format: z.enum(DOCUMENT_FORMATS).optional(),
      labels: labelPrintSchema.optional(),
    }),
  }),
  'documents.list': method<DocumentSummary[]>()({
    input: z.object({ subjectType: z.enum(DOCUMENT_SUBJECT_TYPES), subjectId: id }),
  }),
  /** The stored bytes, identical to the first print. */
  'documents.reprint': method<{ document: DocumentSummary; pdfBase64: string }>()({ input: z.object({ reference }) }),
  /** Desktop: opens the stored PDF in the system's viewer. The browser edition opens the PDF's URL instead. */
  'documents.open': method<{ opened: boolean }>()({ input: z.object({ reference }) }),
  /**
   * Desktop: saves the stored PDF where the « Save as » window says (`saved` false when it was cancelled). Answered by
   * the shell (main/electron/save-document.ts), which reads the bytes through `documents.reprint`; the browser
   * edition refuses it (it downloads the PDF's URL instead).
   */
  'documents.save': method<ExportSaved>()({ input: z.object({ reference }) }),
  'organisation.get': method<OrganisationIdentity>()({ input: z.object({}) }),
  'organisation.update': method<OrganisationIdentity>()({ input: organisationSchema, roles: ['admin'] }),
};
