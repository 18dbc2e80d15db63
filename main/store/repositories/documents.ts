import type { DocumentSummary } from '../../../shared/contract/documents';
import type { DocumentFormat, DocumentKindName, DocumentSubjectType } from '../../../shared/domain/documents';
import type { Lang } from '../../../shared/i18n';
import type { Db } from '../open';
import type { Column } from '../tables';

export interface NewDocument {
  reference: string;
  kind: DocumentKindName;
  subjectType: DocumentSubjectType;
  subjectIds: readonly number[];
  lang: Lang;
  format: DocumentFormat;
  pages: number;
  sha256: string;
  content: Buffer;
  operatorId: number | null;
  deviceIds: readonly number[];
}

interface DocumentRow extends Omit<DocumentSummary, 'subjectIds' | 'operator' | 'purged'> {
  subjectIds: Column<'documents', 'subject_ids'>;
  operatorId: Column<'documents', 'operator_id'>;
  operatorName: Column<'operators', 'name'> | null;
  purgedAt: Column<'documents', 'purged_at'>;
}

function toSummary(row: DocumentRow): DocumentSummary {
  const { subjectIds, operatorId, operatorName, purgedAt, ...rest } = row;
  return {
    ...rest,
    subjectIds: JSON.parse(subjectIds) as number[],
    operator: operatorId === null ? null : { id: operatorId, name: operatorName ?? '' },
    purged: purgedAt !== null,
  };
}

/** Issued documents, their bytes, and the devices each covers. */
export class DocumentRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `d.id, d.reference, d.kind, d.subject_type AS subjectType, d.subject_ids AS subjectIds, d.lang,
      d.format, d.pages, d.byte_size AS byteSize, d.sha256, d.created_at AS createdAt, d.purged_at AS purgedAt,
      d.operator_id AS operatorId, o.name AS operatorName`;
    const from = 'FROM documents d LEFT JOIN operators o ON o.id = d.operator_id';
    this.statements = {
      insert: db.prepare(
        `INSERT INTO documents (reference, kind, subject_type, subject_id, subject_ids, lang, format, pages, byte_size,
           sha256, content, operator_id, created_at)
         VALUES (@reference, @kind, @subjectType, @subjectId, @subjectIds, @lang, @format, @pages, @byteSize, @sha256,
           @content, @operatorId, @now)`,
      ),
      link: db.prepare<[documentId: number, deviceId: number]>(
        'INSERT OR IGNORE INTO document_devices (document_id, device_id) VALUES (?, ?)',
      ),
      byReference: db.prepare<[reference: string], DocumentRow>(`SELECT ${columns} ${from} WHERE d.reference = ?`),
      content: db
        .prepare<[reference: string], Column<'documents', 'content'>>(
          'SELECT content FROM documents WHERE reference = ?',
        )
        .pluck(),
      forSubject: db.prepare<[type: DocumentSubjectType, id: number], DocumentRow>(
        `SELECT ${columns} ${from} WHERE d.subject_type = ? AND d.subject_id = ? ORDER BY d.id DESC`,
      ),
      forDevice: db.prepare<[deviceId: number], DocumentRow>(
        `SELECT ${columns} ${from} JOIN document_devices dd ON dd.document_id = d.id
         WHERE dd.device_id = ? ORDER BY d.id DESC LIMIT 200`,
      ),
      certificateSince: db
        .prepare<[deviceId: number, since: string], Column<'documents', 'reference'>>(
          `SELECT d.reference FROM document_devices dd JOIN documents d ON d.id = dd.document_id
           WHERE dd.device_id = ? AND d.kind = 'erasure-certificate' AND d.created_at >= ?
           ORDER BY d.id DESC LIMIT 1`,
        )
        .pluck(),
      purge: db.prepare('UPDATE documents SET content = NULL, purged_at = ? WHERE id = ? AND content IS NOT NULL'),
    };
  }

  insert(document: NewDocument, now: string): number {
    const id = Number(
      this.statements.insert.run({
        reference: document.reference,
        kind: document.kind,
        subjectType: document.subjectType,
        subjectId: document.subjectType === 'selection' ? null : (document.subjectIds[0] ?? null),
        subjectIds: JSON.stringify(document.subjectIds),
        lang: document.lang,
        format: document.format,
        pages: document.pages,
        byteSize: document.content.length,
        sha256: document.sha256,
        content: document.content,
        operatorId: document.operatorId,
        now,
      }).lastInsertRowid,
    );
    for (const deviceId of document.deviceIds) this.statements.link.run(id, deviceId);
    return id;
  }

  get(reference: string): DocumentSummary | null {
    const row = this.statements.byReference.get(reference);
    return row ? toSummary(row) : null;
  }

  /** The stored bytes, or null when the reference is unknown or the content was purged. */
  content(reference: string): Buffer | null {
    return this.statements.content.get(reference) ?? null;
  }

  /** Documents about this subject; for a device, every document that covers it (its batch's, a label sheet…). */
  forSubject(type: DocumentSubjectType, id: number): DocumentSummary[] {
    const rows = type === 'device' ? this.statements.forDevice.all(id) : this.statements.forSubject.all(type, id);
    return rows.map(toSummary);
  }

  /** The latest erasure certificate covering the device issued since `since`, the proof a receipt quotes. */
  certificateSince(deviceId: number, since: string): string | null {
    return this.statements.certificateSince.get(deviceId, since) ?? null;
  }

  /** Drops a document's bytes (personal data past retention); its reference, hash and event stay. */
  purge(id: number, now: string): boolean {
    return this.statements.purge.run(now, id).changes === 1;
  }
}
