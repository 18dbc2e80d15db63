import { randomBytes } from 'node:crypto';
import type { StationSummary } from '../../../shared/contract/hub';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';
import { secretDigest } from '../secret-digest';
import { enqueueFile } from '../imports/queue';
import { write, type Actor } from '../unit-of-work';

/** The largest file a station may push (an nwipe PDF with its log is well under 1 MB). */
export const STATION_MAX_BYTES = 8 * 1024 * 1024;

/** A new wiping station and its bearer token, returned this once; the hub keeps the token's SHA-256. */
export function createStation(store: Store, actor: Actor, name: string): StationSummary & { token: string } {
  const token = randomBytes(32).toString('base64url');
  return write(store, actor, (tx) => {
    const repository = store.hub;
    const id = repository.insertStation(name, secretDigest(token), tx.now, actor.id);
    tx.record('station', id, 'station.created', { name });
    return { ...(repository.station(id) as StationSummary), token };
  });
}

export function listStations(store: Store): StationSummary[] {
  return store.hub.stations();
}

export function revokeStation(store: Store, actor: Actor, stationId: number): StationSummary {
  return write(store, actor, (tx) => {
    const repository = store.hub;
    const station = repository.station(stationId);
    if (!station) throw new DomainError('not_found', { entity: 'entity.station', ref: String(stationId) }, 'stationId');
    if (repository.revokeStation(stationId, tx.now, actor.id))
      tx.record('station', stationId, 'station.revoked', { name: station.name });
    return repository.station(stationId) as StationSummary;
  });
}

/**
 * A file a station pushed (an nwipe log or PDF, a Workbench snapshot): into the import review queue, never
 * straight into the records, as the drop folder does. False when the same content was already queued.
 */
export function pushFromStation(
  store: Store,
  token: string,
  file: { name: string; bytes: Uint8Array },
): { station: string; queued: boolean } {
  const station = store.hub.liveStation(secretDigest(token));
  if (!station) throw new DomainError('station_unauthorised', {});
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a file name must lose.
  const name = file.name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
  if (file.bytes.length === 0 || file.bytes.length > STATION_MAX_BYTES || name === '') {
    throw new DomainError('station_file_refused', { max: STATION_MAX_BYTES / 1024 / 1024 }, 'file');
  }
  return {
    station: station.name,
    queued: enqueueFile(store, { name: `${station.name} — ${name}`, bytes: file.bytes }, 'hub'),
  };
}
