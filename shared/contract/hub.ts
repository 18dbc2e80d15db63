import { z } from 'zod';
import { method } from './define';
import { DESK_NAME_MAX, PAIRING_CODE_MAX } from '../domain/pairing';
import { id, requiredText } from './fields';

/** A desk paired with the hub: a browser (or desktop app) holding its own credential. */
export interface DeskSummary {
  id: number;
  name: string;
  pairedAt: string;
  revokedAt: string | null;
}

/** A wiping station allowed to push its results to the hub's import review queue. */
export interface StationSummary {
  id: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** `GET /pair`: what the hub says of itself before any pairing (its certificate's SHA-256 fingerprint, `AB:CD:…`). */
export interface HubIdentity {
  fingerprint: string;
}

/** Passwords: long enough to resist guessing at the hub's rate limit, short enough to type. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

/** `POST /pair`, before any session: the code shown on the hub and the name the desk will be listed under. */
export const pairingRequest = z.object({ code: z.string().max(PAIRING_CODE_MAX), name: requiredText(DESK_NAME_MAX) });

export const hubContract = {
  'desks.list': method<DeskSummary[]>()({ input: z.object({}), roles: ['admin'] }),
  /** Ends a desk's credential at once: its next call gets the pairing page. */
  'desks.revoke': method<DeskSummary>()({ input: z.object({ deskId: id }), roles: ['admin'] }),
  'stations.list': method<StationSummary[]>()({ input: z.object({}), roles: ['admin'] }),
  /** A new station and its token, shown this once (the hub keeps only its SHA-256). */
  'stations.create': method<StationSummary & { token: string }>()({
    input: z.object({ name: requiredText(80) }),
    roles: ['admin'],
  }),
  'stations.revoke': method<StationSummary>()({ input: z.object({ stationId: id }), roles: ['admin'] }),
  /** An operator's password for signing in at a hub's desk: an administrator sets anyone's, an operator their own. */
  'passwords.set': method<null>()({ input: z.object({ operatorId: id, password: passwordSchema }) }),
};
