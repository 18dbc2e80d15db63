import type { DeskSummary } from '../../../shared/contract/hub';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';
import { read, write, type Actor } from '../unit-of-work';

/** A desk that gave the right pairing code: stored by its credential's SHA-256, with `desk.paired`. */
export function pairDesk(store: Store, name: string, credentialSha256: string): DeskSummary {
  return write(store, null, (tx) => {
    const repository = store.hub;
    const id = repository.insertDesk(name, credentialSha256, tx.now);
    tx.record('desk', id, 'desk.paired', { name });
    return repository.desk(id) as DeskSummary;
  });
}

/** The live desk holding this credential, or null (unknown or revoked). */
export function deskFor(store: Store, credentialSha256: string): number | null {
  return read(store, () => store.hub.liveDesk(credentialSha256));
}

export function listDesks(store: Store): DeskSummary[] {
  return store.hub.desks();
}

export function revokeDesk(store: Store, actor: Actor, deskId: number): DeskSummary {
  return write(store, actor, (tx) => {
    const repository = store.hub;
    const desk = repository.desk(deskId);
    if (!desk) throw new DomainError('not_found', { entity: 'entity.desk', ref: String(deskId) }, 'deskId');
    if (repository.revokeDesk(deskId, tx.now, actor.id)) tx.record('desk', deskId, 'desk.revoked', { name: desk.name });
    return repository.desk(deskId) as DeskSummary;
  });
}
