import type { ErrorCode, Params } from '../shared/errors';

/** A device a bulk action refused; translated at the API boundary like every other message. */
export interface RefusalDraft {
  deviceId: number;
  assetTag: string;
  code: ErrorCode;
  params: Params;
}

/** A broken rule, raised inside a transaction so nothing of the call is kept. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly field?: string,
    readonly refusals?: RefusalDraft[],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
