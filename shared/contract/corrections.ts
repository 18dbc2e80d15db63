import { z } from 'zod';
import { CORRECTOR_ROLES } from '../domain/corrections';
import { DEVICE_KINDS } from '../domain/values';
import { SERIAL_EXTRA_CHARACTER_CHOICES, SERIAL_LENGTH_LIMITS, type ScanRules } from '../domain/scan-rules';
import type { DeviceDetail } from './devices';
import type { Batch } from './intake';
import { method } from './define';
import { id, isoDate, optionalText, requiredText, text } from './fields';

/**
 * Correcting what was recorded wrong: a device's identity, a device recorded by mistake (voided), a batch's facts;
 * and the site's scan rules. Identity and voiding are for `CORRECTOR_ROLES` (shared/domain/corrections.ts).
 */
const CORRECTORS = CORRECTOR_ROLES;

/** Why a correction is made: kept beside the event log (`event_notes`), never in an event's payload. */
const reason = requiredText(500);

export const identityInput = z.object({
  kind: z.enum(DEVICE_KINDS),
  serial: text(300).default(''),
  imeis: z.array(text(40)).max(2).default([]),
  make: text(80).default(''),
  model: text(120).default(''),
});
export type IdentityInput = z.output<typeof identityInput>;

export const scanRulesInput = z
  .object({
    serialMinLength: z.number().int().min(SERIAL_LENGTH_LIMITS.min).max(SERIAL_LENGTH_LIMITS.max),
    serialMaxLength: z.number().int().min(SERIAL_LENGTH_LIMITS.min).max(SERIAL_LENGTH_LIMITS.max),
    serialExtraCharacters: z
      .string()
      .max(SERIAL_EXTRA_CHARACTER_CHOICES.length * 2)
      .refine((value) => [...value].every((char) => SERIAL_EXTRA_CHARACTER_CHOICES.includes(char)), {
        message: 'serial_extra_characters',
      }),
  })
  .refine((rules) => rules.serialMinLength <= rules.serialMaxLength, {
    message: 'serial_length_order',
    path: ['serialMinLength'],
  });

export const correctionsContract = {
  /** Every desk reads the rules, to refuse a bad scan before sending it. */
  'scanRules.get': method<ScanRules>()({ input: z.object({}) }),
  'scanRules.update': method<ScanRules>()({ input: scanRulesInput, roles: ['admin'] }),
  /** Serial, IMEIs, kind, make and model as they should have been recorded; the scan and duplicate rules apply. */
  'devices.correctIdentity': method<DeviceDetail>()({
    input: z.object({ id, identity: identityInput, reason }),
    roles: CORRECTORS,
  }),
  /** A device recorded by mistake, still as received: it leaves the counts and lists, keeps its tag and history. */
  'devices.void': method<DeviceDetail>()({ input: z.object({ id, reason }), roles: CORRECTORS }),
  /** Any role that may create a batch may put its facts right; the date may not be in the future. */
  'batches.update': method<Batch>()({
    input: z.object({
      id,
      donorId: id,
      receivedOn: isoDate,
      expectedCount: z.number().int().min(1).max(100_000).nullable(),
      notes: optionalText(2000),
    }),
  }),
};
