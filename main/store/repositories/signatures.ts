import type { Signer, SignatureMode } from '../../../shared/domain/signatures';
import type { Db } from '../open';
import type { Column, TableRow } from '../tables';

type Signatures = TableRow<'handover_signatures'>;

export interface SignatureRow {
  id: Signatures['id'];
  handoverId: Signatures['handover_id'];
  returnId: Signatures['return_id'];
  signer: Signatures['signer'];
  mode: Signatures['mode'];
  png: Signatures['png'];
  sha256: Signatures['sha256'];
  width: Signatures['width'];
  height: Signatures['height'];
  capturedBy: { id: number; name: string };
  capturedAt: Signatures['captured_at'];
}

export interface NewSignature {
  handoverId: number;
  returnId: number | null;
  signer: Signer;
  mode: SignatureMode;
  png: Buffer | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  capturedBy: number;
}

type Attachments = TableRow<'handover_attachments'>;

export interface AttachmentRow {
  id: Attachments['id'];
  handoverId: Attachments['handover_id'];
  returnId: Attachments['return_id'];
  fileName: Attachments['file_name'];
  mediaType: Attachments['media_type'];
  size: Attachments['size'];
  sha256: Attachments['sha256'];
  attachedBy: { id: number; name: string };
  attachedAt: Attachments['attached_at'];
}

export type NewAttachment = Omit<AttachmentRow, 'id' | 'attachedBy' | 'attachedAt'> & {
  bytes: Buffer;
  attachedBy: number;
};

type Flat<T> = Omit<T, 'capturedBy' | 'attachedBy'> & { byId: number; byName: Column<'operators', 'name'> };

/** Signatures drawn at the counter and scanned signed copies, for a handover or one of its returns. */
export class SignatureRepository {
  private readonly statements;

  constructor(db: Db) {
    const signatureColumns = `s.id, s.handover_id AS handoverId, s.return_id AS returnId, s.signer, s.mode, s.png, s.sha256,
      s.width, s.height, s.captured_by AS byId, o.name AS byName, s.captured_at AS capturedAt`;
    const attachmentColumns = `a.id, a.handover_id AS handoverId, a.return_id AS returnId, a.file_name AS fileName,
      a.media_type AS mediaType, a.size, a.sha256, a.attached_by AS byId, o.name AS byName, a.attached_at AS attachedAt`;
    this.statements = {
      remove: db.prepare(
        'DELETE FROM handover_signatures WHERE handover_id = ? AND coalesce(return_id, 0) = coalesce(?, 0) AND signer = ?',
      ),
      insert: db.prepare(
        `INSERT INTO handover_signatures (handover_id, return_id, signer, mode, png, sha256, width, height, captured_by,
           captured_at)
         VALUES (@handoverId, @returnId, @signer, @mode, @png, @sha256, @width, @height, @capturedBy, @now)`,
      ),
      forSubject: db.prepare<[handoverId: number, returnId: number | null], Flat<SignatureRow>>(
        `SELECT ${signatureColumns} FROM handover_signatures s JOIN operators o ON o.id = s.captured_by
         WHERE s.handover_id = ? AND coalesce(s.return_id, 0) = coalesce(?, 0) ORDER BY s.id`,
      ),
      insertAttachment: db.prepare(
        `INSERT INTO handover_attachments (handover_id, return_id, file_name, media_type, size, sha256, bytes, attached_by,
           attached_at)
         VALUES (@handoverId, @returnId, @fileName, @mediaType, @size, @sha256, @bytes, @attachedBy, @now)`,
      ),
      attachments: db.prepare<[handoverId: number], Flat<AttachmentRow>>(
        `SELECT ${attachmentColumns} FROM handover_attachments a JOIN operators o ON o.id = a.attached_by
         WHERE a.handover_id = ? ORDER BY a.id`,
      ),
      attachmentBytes: db
        .prepare<[id: number], Attachments['bytes']>('SELECT bytes FROM handover_attachments WHERE id = ?')
        .pluck(),
      forgetSignatures: db.prepare(
        "DELETE FROM handover_signatures WHERE handover_id = ? AND signer IN ('receiver', 'guardian')",
      ),
      forgetAttachments: db.prepare('DELETE FROM handover_attachments WHERE handover_id = ?'),
    };
  }

  /** Replaces the signer's earlier signature for the same handover or return; returns the new id. */
  replace(signature: NewSignature, now: string): number {
    this.statements.remove.run(signature.handoverId, signature.returnId, signature.signer);
    return Number(this.statements.insert.run({ ...signature, now }).lastInsertRowid);
  }

  /** The handover's own signatures (returnId null), or those of one of its returns. */
  forSubject(handoverId: number, returnId: number | null): SignatureRow[] {
    return this.statements.forSubject.all(handoverId, returnId).map(({ byId, byName, ...row }) => ({
      ...row,
      capturedBy: { id: byId, name: byName },
    }));
  }

  attach(attachment: NewAttachment, now: string): number {
    return Number(this.statements.insertAttachment.run({ ...attachment, now }).lastInsertRowid);
  }

  attachments(handoverId: number): AttachmentRow[] {
    return this.statements.attachments.all(handoverId).map(({ byId, byName, ...row }) => ({
      ...row,
      attachedBy: { id: byId, name: byName },
    }));
  }

  attachmentBytes(id: number): Buffer | null {
    return this.statements.attachmentBytes.get(id) ?? null;
  }

  /** Anonymisation: the person's signatures and the signed copies go with their name; staff signatures stay. */
  forgetPerson(handoverId: number): number {
    return (
      this.statements.forgetSignatures.run(handoverId).changes +
      this.statements.forgetAttachments.run(handoverId).changes
    );
  }
}
