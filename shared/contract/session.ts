import { z } from 'zod';
import { OPERATOR_ROLES, type OperatorRole } from '../domain/values';
import { LANGS } from '../i18n/define';
import { method } from './define';
import { id, optionalText, requiredText } from './fields';

export interface OperatorSummary {
  id: number;
  name: string;
  roles: OperatorRole[];
  hasPin: boolean;
  active: boolean;
  /** The job title printed on erasure certificates (free text, e.g. « Technicienne reconditionnement »). */
  jobTitle: string | null;
}

export interface SessionState {
  needsSetup: boolean;
  operator: OperatorSummary | null;
  lang: (typeof LANGS)[number];
  /** The organisation's time zone, in which the screens show every instant. */
  timeZone: string;
  /** At a hub's desk: whether a password sign-in has unlocked it (then a PIN switches operators); null elsewhere. */
  desk: { unlocked: boolean } | null;
}

/** Four to eight digits; the lengths are said apart from the digits so that forms can read them. */
const pin = z.string().min(4).max(8).regex(/^\d+$/);

export const sessionContract = {
  'session.state': method<SessionState>()({ input: z.object({}), signedIn: false }),
  /** The operators to choose from at start, active ones only. */
  'session.operators': method<OperatorSummary[]>()({ input: z.object({}), signedIn: false }),
  'session.signIn': method<SessionState>()({
    input: z.object({ operatorId: id, pin: pin.optional(), password: z.string().min(1).max(200).optional() }),
    signedIn: false,
  }),
  'session.signOut': method<SessionState>()({ input: z.object({}), signedIn: false }),
  'session.setLang': method<SessionState>()({ input: z.object({ lang: z.enum(LANGS) }), signedIn: false }),
  /** Only while the database has no operator: creates the first site and administrator, and signs them in. */
  'session.setup': method<SessionState>()({
    input: z.object({
      siteName: requiredText(120),
      operatorName: requiredText(120),
      pin: pin.optional(),
      /** At a hub's desk the first administrator needs a password (elsewhere it is optional). */
      password: z.string().min(10).max(200).optional(),
      organisation: optionalText(200),
    }),
    signedIn: false,
  }),
};

export const operatorRolesSchema = z.array(z.enum(OPERATOR_ROLES)).min(1).max(OPERATOR_ROLES.length);
export const pinSchema = pin;
