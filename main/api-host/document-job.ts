import type { DocumentSummary } from '../../shared/contract/documents';
import type { ReportJob } from '../documents/report-job';
import type { DrawnDocument, GenerateRequest } from '../services/documents';
import type { Actor } from '../services/unit-of-work';

/** A drawn document as it crosses between threads: its bytes as a Uint8Array of their own (moved, not copied). */
export type DrawnOnWire = Omit<DrawnDocument, 'pdf'> & { pdf: Uint8Array };

/**
 * A job of the render worker, which issues documents on a connection of its own: `draw` runs the first
 * transaction and the drawing, `store` the second transaction (its turn at writing given by the host). A `report`
 * is only drawn, from figures the host read: reports are not numbered nor stored.
 */
export type DocumentJob =
  | ({ actor: Actor; request: GenerateRequest } & (
      | { op: 'draw'; issuedAt: string }
      | { op: 'store'; drawn: DrawnOnWire }
    ))
  | { op: 'report'; report: ReportJob };

export type DocumentAnswer =
  | { op: 'drawn'; drawn: DrawnOnWire }
  | { op: 'stored'; document: DocumentSummary | null }
  | { op: 'reported'; pdf: Uint8Array };

/** The bytes in an ArrayBuffer of their own, so moving it never detaches a buffer Node shares between allocations. */
export function toWire(drawn: DrawnDocument): DrawnOnWire {
  return { ...drawn, pdf: new Uint8Array(drawn.pdf) };
}

export function fromWire(drawn: DrawnOnWire): DrawnDocument {
  return { ...drawn, pdf: Buffer.from(drawn.pdf.buffer, drawn.pdf.byteOffset, drawn.pdf.byteLength) };
}

/** What a job's postMessage moves instead of copying. */
export function wireTransfer(drawn: DrawnOnWire): ArrayBuffer[] {
  return [drawn.pdf.buffer as ArrayBuffer];
}
