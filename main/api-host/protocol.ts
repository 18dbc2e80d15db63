/**
 * The messages between a transport (the HTTP server's thread, Electron's main process) and the API host (a
 * worker thread or a utility process that owns the store). Every request carries an id its one reply repeats.
 * Everything here is plain data: it crosses by structured clone.
 */
import type { ApiResult } from '../../shared/errors';
import type { ApiSession } from '../api/dispatch';

export type HostRequest =
  /** One API call; the session goes by value and comes back with the reply, changed or not. */
  | { id: number; op: 'call'; method: string; input: unknown; session: ApiSession }
  /** The same with the input still in its JSON text (the browser edition's body): a string crosses in one copy. */
  | { id: number; op: 'callText'; method: string; text: string; session: ApiSession }
  /** A stored document's bytes as this operator may read them (the browser edition's document route). */
  | { id: number; op: 'documentBytes'; reference: string; operatorId: number }
  /** The hub: the live desk holding a credential (by its SHA-256), pairing it first when `pair` names it. */
  | { id: number; op: 'desk'; credentialSha256: string; pair?: { name: string } }
  /** The hub: a file a wiping station pushed with its bearer token, for the import review queue. */
  | { id: number; op: 'station'; token: string; name: string; bytes: Uint8Array; lang: ApiSession['lang'] };

export type DocumentBytes = Uint8Array | null | 'forbidden';

export type HostReply =
  | { id: number; op: 'call'; result: ApiResult<unknown>; session: ApiSession }
  | { id: number; op: 'documentBytes'; bytes: DocumentBytes }
  | { id: number; op: 'desk'; deskId: number | null }
  | { id: number; op: 'station'; result: ApiResult<{ station: string; queued: boolean }> }
  /** The host could not answer this request at all (reported in its log under `ref`). */
  | { id: number; op: 'failed'; ref: string };

/** What the host says once, when it has opened the data folder (or could not). */
export type HostStarted = { op: 'ready'; logFile: string | null } | { op: 'refused'; message: string };

/** Lines the transport asks the host to write in the one log the host owns. */
export interface HostLogLine {
  op: 'log';
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

/** The transport asks the host to close the store and stop. */
export interface HostStop {
  op: 'stop';
}

/** Something only the transport's process can do for the host (the desktop opens a file in the system viewer). */
export interface HostNotice {
  op: 'openPath';
  path: string;
}

/** After a write committed: the kinds of record (event entities) it changed, for the hub's live updates. */
export interface HostChanged {
  op: 'changed';
  entities: string[];
}

export type ToHost = HostRequest | HostLogLine | HostStop;
export type FromHost = HostReply | HostStarted | HostNotice | HostChanged;

export function isReply(message: FromHost): message is HostReply {
  return 'id' in message;
}
