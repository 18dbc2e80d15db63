import { z } from 'zod';
import { method } from './define';
import { id } from './fields';

export const EVENT_ENTITIES = [
  'device',
  'batch',
  'donor',
  'site',
  'operator',
  'settings',
  'erasure',
  'refurbishment',
  'recycling',
  'partner',
  'programme',
  'beneficiary',
  'sim',
  'handover',
  'return',
  'document',
  'import',
  'desk',
  'station',
] as const;
export type EventEntity = (typeof EVENT_ENTITIES)[number];

export interface EventEntry {
  id: number;
  at: string;
  entity: EventEntity;
  entityId: number;
  type: string;
  payload: Record<string, unknown>;
  operator: { id: number; name: string } | null;
  /** What the event is about, as people name it: a device's asset tag, a batch code, a site, donor or operator name. */
  subject: string | null;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first event that does not match its recorded hash, or where the chain breaks. */
  firstBadEventId: number | null;
  problem: 'edited' | 'missing_or_reordered' | 'truncated' | null;
}

export const eventsContract = {
  'events.forEntity': method<EventEntry[]>()({
    input: z.object({ entity: z.enum(EVENT_ENTITIES), entityId: id }),
  }),
  'events.recent': method<EventEntry[]>()({ input: z.object({ limit: z.number().int().min(1).max(200).default(30) }) }),
  'events.verifyChain': method<ChainReport>()({
    input: z.object({}),
    roles: ['admin', 'data_security_officer'],
  }),
};
