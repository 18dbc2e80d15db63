import { DomainError } from '../errors';
import { reprintDocument } from '../services/documents';
import { actorFor } from '../services/people';
import type { Store } from '../store/store';

/** A stored PDF as the signed-in operator may read it, for the browser edition's document route. */
export function documentBytesFor(store: Store, reference: string, operatorId: number): Buffer | null | 'forbidden' {
  try {
    return reprintDocument(store, reference, actorFor(store, operatorId)).pdf;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.code === 'forbidden_role' || error.code === 'operator_inactive' ? 'forbidden' : null;
  }
}
