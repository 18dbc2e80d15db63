/**
 * Signatures collected at the counter: drawn on the pad (kept as PNG, embedded in the agreement and receipts), or
 * left for the printed paper copy, whose scan may then be attached, hashed and kept with the handover.
 */
import { createHash } from 'node:crypto';
import type { HandoverSignatures, SignatureInfo, SignedCopyInfo } from '../../shared/contract/agreements-types';
import type { HandoverTerms } from '../../shared/contract/lending-types';
import { COORDINATION } from '../../shared/domain/lending';
import {
  PNG_DATA_URL_PREFIX,
  SIGNED_COPY_MAX_BYTES,
  type Signer,
  type SignatureMode,
  type SignedCopyMediaType,
} from '../../shared/domain/signatures';
import { DomainError } from '../errors';
import type { SignatureRow } from '../store/repositories/signatures';
import type { Store } from '../store/store';
import { decodeSignaturePng, decodeSignedCopy } from './signature-checks';
import { read, write, type Actor } from './unit-of-work';

export type SignatureSubject =
  | { type: 'handover'; handoverId: number }
  | { type: 'return'; handoverId: number; returnId: number };

/** Who signs a handover's papers: the receiver and staff, and for a minor the guardian or care referent too. */
export function signersFor(terms: HandoverTerms, subject: 'handover' | 'return'): Signer[] {
  const minor = terms.recipient.type === 'beneficiary' && terms.recipient.minor;
  return subject === 'handover' && minor ? ['receiver', 'guardian', 'staff'] : ['receiver', 'staff'];
}

/** The handover (and return) exist and belong together, and this operator may sign for them. */
function requireSubject(
  store: Store,
  actor: Actor,
  subject: SignatureSubject,
): { terms: HandoverTerms; returnId: number | null } {
  const record = store.handovers.record(subject.handoverId);
  if (!record)
    throw new DomainError(
      'not_found',
      { entity: 'entity.handover', ref: String(subject.handoverId) },
      'subject.handoverId',
    );
  if (subject.type === 'handover' && !actor.roles.some((role) => (COORDINATION as readonly string[]).includes(role))) {
    const params = {
      role: actor.roles.map((role) => `role.${role}`),
      required: COORDINATION.map((role) => `role.${role}`),
    };
    throw new DomainError('forbidden_role', params);
  }
  if (record.terms.anonymised) throw new DomainError('beneficiary_anonymised', {}, 'subject.handoverId');
  if (
    subject.type === 'return' &&
    !store.returns.forHandover(record.id).some((entry) => entry.id === subject.returnId)
  ) {
    throw new DomainError(
      'return_not_in_handover',
      { handover: record.number, ref: String(subject.returnId) },
      'subject.returnId',
    );
  }
  return { terms: record.terms, returnId: subject.type === 'return' ? subject.returnId : null };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function infoOf(row: SignatureRow): SignatureInfo {
  return {
    id: row.id,
    handoverId: row.handoverId,
    returnId: row.returnId,
    signer: row.signer,
    mode: row.mode,
    dataUrl: row.png ? `${PNG_DATA_URL_PREFIX}${row.png.toString('base64')}` : null,
    sha256: row.sha256,
    capturedBy: row.capturedBy,
    capturedAt: row.capturedAt,
  };
}

export function saveSignature(
  store: Store,
  actor: Actor,
  input: { subject: SignatureSubject; signer: Signer; mode: SignatureMode; dataUrl: string | null },
): SignatureInfo {
  return write(store, actor, (tx) => {
    const { terms, returnId } = requireSubject(store, actor, input.subject);
    if (!signersFor(terms, input.subject.type).includes(input.signer)) {
      throw new DomainError('signature_signer_not_applicable', { signer: `signer.${input.signer}` }, 'signer');
    }
    const image = input.mode === 'drawn' ? decodeSignaturePng(input.dataUrl ?? '') : null;
    const hash = image ? sha256(image.bytes) : null;
    const repository = store.signatures;
    const id = repository.replace(
      {
        handoverId: input.subject.handoverId,
        returnId,
        signer: input.signer,
        mode: input.mode,
        png: image?.bytes ?? null,
        sha256: hash,
        width: image?.width ?? null,
        height: image?.height ?? null,
        capturedBy: actor.id,
      },
      tx.now,
    );
    tx.record('handover', input.subject.handoverId, 'signature.captured', {
      returnId,
      signer: input.signer,
      mode: input.mode,
      sha256: hash,
    });
    const saved = repository.forSubject(input.subject.handoverId, returnId).find((row) => row.id === id);
    if (!saved) throw new Error('signature just saved not found');
    return infoOf(saved);
  });
}

export function attachSignedCopy(
  store: Store,
  actor: Actor,
  input: { subject: SignatureSubject; fileName: string; mediaType: SignedCopyMediaType; base64: string },
): SignedCopyInfo {
  return write(store, actor, (tx) => {
    const { returnId } = requireSubject(store, actor, input.subject);
    const bytes = decodeSignedCopy(input.base64, input.mediaType, SIGNED_COPY_MAX_BYTES);
    const hash = sha256(bytes);
    const repository = store.signatures;
    const attachment = {
      handoverId: input.subject.handoverId,
      returnId,
      mediaType: input.mediaType,
      size: bytes.length,
      sha256: hash,
    };
    const id = repository.attach({ ...attachment, fileName: input.fileName, bytes, attachedBy: actor.id }, tx.now);
    // The file's name often names the person (`convention-<surname>-<firstname>.png`): the log, kept for ever,
    // refers to the attachment and its fingerprint only.
    tx.record('handover', input.subject.handoverId, 'signed_copy.attached', { ...attachment, attachmentId: id });
    const saved = repository.attachments(input.subject.handoverId).find((row) => row.id === id);
    if (!saved) throw new Error('attachment just saved not found');
    return saved;
  });
}

/** Technicians (returns desk) see the images of returns' signatures only; a handover's stay with coordination. */
export function listSignatures(store: Store, actor: Actor, handoverId: number): HandoverSignatures {
  const coordinates = actor.roles.some((role) => (COORDINATION as readonly string[]).includes(role));
  return read(store, () => {
    const record = store.handovers.record(handoverId);
    if (!record)
      throw new DomainError('not_found', { entity: 'entity.handover', ref: String(handoverId) }, 'handoverId');
    const repository = store.signatures;
    const returns = store.returns.forHandover(handoverId);
    return {
      handoverId,
      signers: signersFor(record.terms, 'handover'),
      signatures: [null, ...returns.map((entry) => entry.id)].flatMap((returnId) =>
        repository
          .forSubject(handoverId, returnId)
          .map(infoOf)
          .map((info) => (coordinates || info.returnId !== null ? info : { ...info, dataUrl: null })),
      ),
      copies: repository.attachments(handoverId),
    };
  });
}

/** What a document embeds: each signer's drawn PNG, or that they sign on paper. Call inside a read. */
export function signaturesForDocument(
  store: Store,
  handoverId: number,
  returnId: number | null,
): Map<Signer, { mode: SignatureMode; png: Buffer | null; signedBy: string }> {
  const rows = store.signatures.forSubject(handoverId, returnId);
  return new Map(rows.map((row) => [row.signer, { mode: row.mode, png: row.png, signedBy: row.capturedBy.name }]));
}
