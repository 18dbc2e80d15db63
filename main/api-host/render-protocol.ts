import type { Params } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import type { RenderJob } from '../documents/render-job';

/** The API host asks the render worker to draw one document. */
export interface RenderRequest {
  id: number;
  job: RenderJob;
}

/** The PDF's bytes, or the refusal `render` threw (a DomainError crosses as its code), or an unexpected failure. */
export type RenderReply =
  | { id: number; op: 'rendered'; pdf: Uint8Array }
  | { id: number; op: 'refused'; code: ErrorCode; params: Params; field?: string }
  | { id: number; op: 'failed'; message: string };
