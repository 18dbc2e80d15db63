/**
 * Prepaid SIM cards: intake by scanning ICCIDs, top-ups, status changes and the logged reveal of PIN and PUK.
 * Cards are handed out and taken back by the lending methods (handovers, returns).
 */
import { z } from 'zod';
import { SIM_DIRECT_ACTIONS, SIM_STATES, type SimAction, type SimState } from '../domain/sim-lifecycle';
import type { Warning } from '../errors';
import type { EventEntry } from './events';
import { method } from './define';
import { id, isoDate, optionalText, requiredText, searchText, text } from './fields';
import { COORDINATION } from '../domain/lending';

export interface SimCard {
  id: number;
  iccid: string;
  /** E.164, e.g. `+33612345678`; null until the operator gives it. */
  phoneNumber: string | null;
  operator: string;
  planName: string;
  planDataGb: number | null;
  planValidityDays: number | null;
  status: SimState;
  /** Computed from the top-ups; null before the first one. */
  expiresOn: string | null;
  hasPin: boolean;
  hasPuk: boolean;
  receivedOn: string;
  notes: string | null;
  updatedAt: string;
}

export interface TopUp {
  id: number;
  toppedUpOn: string;
  amountCents: number;
  dataGb: number | null;
  validityDays: number;
  programme: { id: number; name: string } | null;
  recordedBy: { id: number; name: string };
}

export interface SimDetail extends SimCard {
  topUps: TopUp[];
  /** Direct actions the SIM lifecycle allows now. */
  allowedActions: SimAction[];
  handovers: { handoverId: number; number: string; handedOn: string; returnedOn: string | null }[];
  history: EventEntry[];
}

export interface SimRegistration {
  sims: { id: number; iccid: string }[];
  /** Warnings name their line (0-based index). */
  warnings: (Warning & { index: number })[];
}

const secret = z
  .string()
  .trim()
  .regex(/^\d{4,8}$/)
  .nullable()
  .default(null);

const secretChange = z
  .string()
  .trim()
  .regex(/^\d{4,8}$/)
  .nullable()
  .optional();

/** Free text that may come empty from a form: '' is stored as null. */
const phoneText = text(40)
  .nullable()
  .default(null)
  .transform((value) => (value === '' ? null : value));

const simRef = z.union([z.object({ id }), z.object({ iccid: requiredText(40) })]);

export const simsContract = {
  'sims.list': method<SimCard[]>()({
    input: z.object({
      statuses: z.array(z.enum(SIM_STATES)).max(SIM_STATES.length).default([]),
      query: searchText(40).default(''),
      limit: z.number().int().min(1).max(2000).default(200),
    }),
  }),
  'sims.get': method<SimDetail>()({ input: simRef }),
  /** A box of cards scanned one ICCID per line: all or nothing, naming the bad line. */
  'sims.registerMany': method<SimRegistration>()({
    input: z.object({
      operator: requiredText(80),
      planName: requiredText(120),
      planDataGb: z.number().min(0).max(10_000).nullable().default(null),
      planValidityDays: z.number().int().min(1).max(3650).nullable().default(null),
      receivedOn: isoDate.nullable().default(null),
      cards: z
        .array(z.object({ iccid: requiredText(40), phoneNumber: phoneText, pin: secret, puk: secret }))
        .min(1)
        .max(5000),
      notes: optionalText(2000),
    }),
    roles: COORDINATION,
  }),
  /** Number, plan and codes learnt after intake. PIN and PUK: omitted keeps them, null clears them. */
  'sims.update': method<SimDetail>()({
    input: z.object({
      id,
      phoneNumber: phoneText,
      operator: requiredText(80),
      planName: requiredText(120),
      planDataGb: z.number().min(0).max(10_000).nullable().default(null),
      planValidityDays: z.number().int().min(1).max(3650).nullable().default(null),
      pin: secretChange,
      puk: secretChange,
      notes: optionalText(2000),
    }),
    roles: COORDINATION,
  }),
  /** Credit added to a card; its expiry is recomputed from the whole ledger. */
  'sims.topUp': method<SimDetail>()({
    input: z.object({
      simId: id,
      toppedUpOn: isoDate.nullable().default(null),
      amountCents: z.number().int().min(0).max(1_000_000),
      dataGb: z.number().min(0).max(10_000).nullable().default(null),
      /** Defaults to the card's plan validity. */
      validityDays: z.number().int().min(1).max(3650).nullable().default(null),
      /** The programme that paid. */
      programmeId: id.nullable().default(null),
    }),
    roles: COORDINATION,
  }),
  /** Shows PIN and PUK; every call writes a `sim.secrets_viewed` event naming who looked. */
  'sims.revealSecrets': method<{ pin: string | null; puk: string | null }>()({
    input: z.object({ simId: id }),
    roles: COORDINATION,
  }),
  /** A direct step of the SIM lifecycle (activate, expire, reactivate, restock, deactivate). */
  'sims.setStatus': method<SimDetail>()({
    input: z.object({
      simId: id,
      action: z.enum(SIM_DIRECT_ACTIONS as [SimAction, ...SimAction[]]),
      note: optionalText(500),
    }),
    roles: COORDINATION,
  }),
};
