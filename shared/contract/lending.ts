/**
 * Lending: partners, programmes, beneficiaries, handovers at the counter, returns, follow-up and personal data.
 * Coordinators and administrators manage and hand over; technicians scan returns and read (contact details masked).
 */
import { z } from 'zod';
import {
  AGREEMENT_VARIANTS,
  BENEFICIARY_CATEGORIES,
  COORDINATION,
  HANDOVER_KINDS,
  PARTNER_KINDS,
  RETENTION_ROLES,
  RETURNS_DESK,
  SIM_RETURN_OUTCOMES,
  TARGET_ITEMS,
} from '../domain/lending';
import { APPEARANCE_GRADES } from '../domain/values';
import { method } from './define';
import { id, isoDate, optionalText, requiredText, searchText } from './fields';
import type {
  AnonymiseReport,
  Beneficiary,
  BeneficiaryExport,
  HandoverCheck,
  HandoverCreated,
  HandoverDetail,
  HandoverPreview,
  HandoverSummary,
  LoanFollowUp,
  Partner,
  Programme,
  ProgrammeProgress,
  ReturnCreated,
  ReturnLookup,
  SimFollowUpRow,
} from './lending-types';

/** An email address, or nothing. */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .transform((value) => (value === '' ? null : value))
  .pipe(z.email().nullable())
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const partnerFields = {
  name: requiredText(160),
  kind: z.enum(PARTNER_KINDS),
  address: optionalText(300),
  contactName: optionalText(160),
  /** Any phone number (a school's switchboard is not a mobile): kept as typed. */
  contactPhone: optionalText(40),
  contactEmail: optionalEmail,
};

const programmeFields = {
  name: requiredText(160),
  funder: optionalText(160),
  startsOn: isoDate,
  endsOn: isoDate.nullable().default(null),
  defaultKind: z.enum(HANDOVER_KINDS),
  loanDays: z.number().int().min(1).max(3650).nullable().default(null),
  agreementVariant: z.enum(AGREEMENT_VARIANTS).default('standard'),
  targets: z
    .array(z.object({ item: z.enum(TARGET_ITEMS), target: z.number().int().min(1).max(1_000_000) }))
    .max(TARGET_ITEMS.length)
    .default([])
    .refine((targets) => new Set(targets.map((target) => target.item)).size === targets.length, 'duplicate_target'),
  notes: optionalText(2000),
};

const programmeObject = z.object(programmeFields);
const endsAfterStart = {
  check: (value: { startsOn: string; endsOn: string | null }) =>
    value.endsOn === null || value.endsOn >= value.startsOn,
  params: { path: ['endsOn'], message: 'end_before_start' },
};

const beneficiaryFields = {
  partnerId: id,
  /** The code the referring partner gave the person; unique per partner. */
  reference: requiredText(60),
  category: z.enum(BENEFICIARY_CATEGORIES),
  minor: z.boolean(),
  firstName: optionalText(100),
  lastName: optionalText(100),
  address: optionalText(300),
  guardianName: optionalText(160),
  referentName: optionalText(160),
  /** A mobile number, normalised to E.164 by the service. */
  contactPhone: optionalText(40),
  contactEmail: optionalEmail,
  consentOn: isoDate.nullable().default(null),
};

const recipient = z.discriminatedUnion('type', [
  z.object({ type: z.literal('beneficiary'), beneficiaryId: id }),
  z.object({ type: z.literal('partner'), partnerId: id }),
]);

/** What the counter has scanned so far. One handover may hold a whole class set. */
export const handoverItemsInput = z.object({
  deviceIds: z.array(id).max(1000).default([]),
  simIds: z.array(id).max(1000).default([]),
});

/** The terms a handover is confirmed on; each defaults from the programme. */
const handoverTerms = {
  /** Defaults to the programme's kind. */
  kind: z.enum(HANDOVER_KINDS).nullable().default(null),
  /** Defaults to today. */
  handedOn: isoDate.nullable().default(null),
  /** Loans only; defaults to the handover date plus the programme's loan days. */
  dueOn: isoDate.nullable().default(null),
};

const followUpFilter = {
  partnerId: id.nullable().default(null),
  programmeId: id.nullable().default(null),
};

export const lendingContract = {
  'partners.list': method<Partner[]>()({ input: z.object({ includeInactive: z.boolean().default(false) }) }),
  'partners.create': method<Partner>()({ input: z.object(partnerFields), roles: COORDINATION }),
  'partners.update': method<Partner>()({
    input: z.object({ id, ...partnerFields, active: z.boolean() }),
    roles: COORDINATION,
  }),

  'programmes.list': method<Programme[]>()({ input: z.object({}) }),
  'programmes.create': method<Programme>()({
    input: programmeObject.refine(endsAfterStart.check, endsAfterStart.params),
    roles: COORDINATION,
  }),
  'programmes.update': method<Programme>()({
    input: programmeObject.extend({ id }).refine(endsAfterStart.check, endsAfterStart.params),
    roles: COORDINATION,
  }),
  /** Devices by kind and SIM cards handed out, against the programme's targets. */
  'programmes.progress': method<ProgrammeProgress>()({ input: z.object({ programmeId: id }) }),

  'beneficiaries.search': method<Beneficiary[]>()({
    input: z.object({
      query: searchText(100).default(''),
      partnerId: id.nullable().default(null),
      includeAnonymised: z.boolean().default(false),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  }),
  'beneficiaries.get': method<Beneficiary>()({ input: z.object({ id }) }),
  'beneficiaries.create': method<Beneficiary>()({ input: z.object(beneficiaryFields), roles: COORDINATION }),
  'beneficiaries.update': method<Beneficiary>()({
    input: z.object({ id, ...beneficiaryFields }),
    roles: COORDINATION,
  }),
  /** Right of access: everything held on one person, as one JSON document. The export itself is logged. */
  'beneficiaries.export': method<BeneficiaryExport>()({ input: z.object({ id }), roles: COORDINATION }),
  /** Anonymise one person now (on request); refused while a loan is open. */
  'beneficiaries.anonymise': method<Beneficiary>()({ input: z.object({ id }), roles: COORDINATION }),

  /** Checks scanned items as the desk adds them; writes nothing. */
  'handovers.check': method<HandoverCheck>()({ input: handoverItemsInput, roles: COORDINATION }),
  /**
   * The whole basket as the counter has it so far (recipient and programme may still be missing): each item's
   * verdict and every warning the confirmation would give, each with the key an acknowledgement names. Writes nothing.
   */
  'handovers.preview': method<HandoverPreview>()({
    input: handoverItemsInput.extend({
      recipient: recipient.nullable().default(null),
      programmeId: id.nullable().default(null),
      ...handoverTerms,
    }),
    roles: COORDINATION,
  }),
  /** One counter session: every item allocated at once with one record of the terms, or nothing at all. */
  'handovers.create': method<HandoverCreated>()({
    input: handoverItemsInput.extend({
      recipient,
      /** Defaults to the beneficiary's partner, or to the receiving institution itself. */
      referringPartnerId: id.nullable().default(null),
      programmeId: id,
      ...handoverTerms,
      accessories: z.array(requiredText(120)).max(200).default([]),
      notes: optionalText(2000),
      /**
       * The keys of the warnings the counter showed and the operator accepted (`handovers.preview`). Given, any other
       * warning refuses the whole handover, so nothing is accepted unseen; null (scripts, the command line): warnings
       * are only returned. Recorded in the handover's event either way.
       */
      acknowledgedWarnings: z.array(z.string().trim().min(1).max(120)).max(2000).nullable().default(null),
    }),
    roles: COORDINATION,
  }),
  'handovers.get': method<HandoverDetail>()({ input: z.object({ id }) }),
  'handovers.list': method<HandoverSummary[]>()({
    input: z.object({
      ...followUpFilter,
      beneficiaryId: id.nullable().default(null),
      /** The handovers a device went out with (the device page's links). */
      deviceId: id.nullable().default(null),
      openOnly: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  }),

  /** A scanned asset tag, serial, IMEI, ICCID or phone number: the open handover it belongs to. */
  'returns.lookup': method<ReturnLookup>()({ input: z.object({ scan: requiredText(80) }), roles: RETURNS_DESK }),
  /** One desk confirmation: the items handed back (all from one handover), their condition and what is missing. */
  'returns.create': method<ReturnCreated>()({
    input: z.object({
      items: z
        .array(
          z.object({
            itemId: id,
            condition: optionalText(1000),
            grade: z.enum(APPEARANCE_GRADES).nullable().default(null),
            /** SIM cards only: back to stock, or cut for good. */
            simOutcome: z.enum(SIM_RETURN_OUTCOMES).default('restock'),
          }),
        )
        .min(1)
        .max(1000),
      returnedOn: isoDate.nullable().default(null),
      missingAccessories: z.array(requiredText(120)).max(200).default([]),
      notes: optionalText(2000),
    }),
    roles: RETURNS_DESK,
  }),

  /** Open loans: all, due within `withinDays`, or overdue; filtered and grouped by partner or programme. */
  'followUp.loans': method<LoanFollowUp>()({
    input: z.object({
      view: z.enum(['active', 'due_soon', 'overdue']).default('active'),
      withinDays: z.number().int().min(0).max(365).default(14),
      ...followUpFilter,
      groupBy: z.enum(['partner', 'programme']).nullable().default(null),
      limit: z.number().int().min(1).max(2000).default(500),
    }),
  }),
  /** SIM cards out with someone whose credit ends within `withinDays` (or has already ended). */
  'followUp.sims': method<SimFollowUpRow[]>()({
    input: z.object({
      withinDays: z.number().int().min(0).max(365).default(14),
      includeLapsed: z.boolean().default(true),
      ...followUpFilter,
    }),
  }),

  /** Anonymises everyone whose last loan closed longer ago than the retention setting; skips open loans. */
  'privacy.anonymiseDue': method<AnonymiseReport>()({ input: z.object({}), roles: COORDINATION }),
  'privacy.retention': method<{ anonymiseAfterMonths: number }>()({ input: z.object({}) }),
  'privacy.setRetention': method<{ anonymiseAfterMonths: number }>()({
    input: z.object({ anonymiseAfterMonths: z.number().int().min(1).max(120) }),
    roles: RETENTION_ROLES,
  }),
};
