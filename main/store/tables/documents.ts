import type { DocumentFormat, DocumentKindName, DocumentSubjectType } from '../../../shared/domain/documents';
import type { Lang } from '../../../shared/i18n';
import { blob, integer, nullable, text, type TableDescription } from '../columns';

/** Generated documents and the devices they cover (0004, 0016). */
export const DOCUMENTS_TABLES = {
  document_devices: {
    document_id: integer(),
    device_id: integer(),
  },
  documents: {
    id: integer(),
    reference: text(),
    kind: text<DocumentKindName>(),
    subject_type: text<DocumentSubjectType>(),
    subject_id: nullable(integer()),
    subject_ids: text(),
    lang: text<Lang>(),
    format: text<DocumentFormat>(),
    pages: integer(),
    byte_size: integer(),
    sha256: text(),
    content: nullable(blob()),
    purged_at: nullable(text()),
    operator_id: nullable(integer()),
    created_at: text(),
  },
} as const satisfies Record<string, TableDescription>;
