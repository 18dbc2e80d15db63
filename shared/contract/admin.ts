import { z } from 'zod';
import type { OperatorSummary } from './session';
import { method } from './define';
import { id, optionalText, requiredText, text } from './fields';
import { operatorRolesSchema, pinSchema } from './session';

export interface Site {
  id: number;
  name: string;
  address: string | null;
  active: boolean;
}

export interface Settings {
  assetTagPrefix: string;
  assetTagDigits: number;
  organisationName: string | null;
}

/** What `settings.update` changes; the organisation's identity (its name included) is `organisation.update`'s. */
export type AssetTagSettings = Pick<Settings, 'assetTagPrefix' | 'assetTagDigits'>;

const ADMIN = ['admin'] as const;

export const adminContract = {
  'sites.list': method<Site[]>()({ input: z.object({}) }),
  'sites.create': method<Site>()({
    input: z.object({ name: requiredText(120), address: optionalText(300) }),
    roles: ADMIN,
  }),
  'sites.update': method<Site>()({
    input: z.object({ id, name: requiredText(120), address: optionalText(300), active: z.boolean() }),
    roles: ADMIN,
  }),
  'operators.list': method<OperatorSummary[]>()({ input: z.object({}), roles: ADMIN }),
  'operators.create': method<OperatorSummary>()({
    input: z.object({
      name: requiredText(120),
      roles: operatorRolesSchema,
      pin: pinSchema.optional(),
      jobTitle: optionalText(120),
    }),
    roles: ADMIN,
  }),
  'operators.update': method<OperatorSummary>()({
    input: z.object({
      id,
      name: requiredText(120),
      roles: operatorRolesSchema,
      active: z.boolean(),
      /** Omitted keeps the PIN; null removes it. */
      pin: pinSchema.nullable().optional(),
      /** Omitted keeps the job title; empty or null removes it. */
      jobTitle: text(120).nullable().optional(),
    }),
    roles: ADMIN,
  }),
  'settings.get': method<Settings>()({ input: z.object({}) }),
  'settings.update': method<Settings>()({
    input: z.object({
      assetTagPrefix: z
        .string()
        .trim()
        .toUpperCase()
        .max(12)
        .regex(/^[A-Z0-9][A-Z0-9-]*$/),
      assetTagDigits: z.number().int().min(4).max(10),
    }),
    roles: ADMIN,
  }),
};
