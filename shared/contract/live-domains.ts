import type { EventEntity } from './events';
import type { Domain } from './query-keys';

/**
 * Which reads a change to one kind of record makes stale, for the hub's live updates: the hub says which kinds of
 * record (event entities) a committed write changed, and each desk marks these domains stale; those on screen
 * refetch. `events` always, since every change writes one.
 */
export const DOMAINS_OF_ENTITY: Record<EventEntity, readonly Domain[]> = {
  device: [
    'devices',
    'inventory',
    'erasure',
    'refurbishment',
    'recycling',
    'handovers',
    'returns',
    'batches',
    'followUp',
    'documents',
    'dashboard',
  ],
  batch: ['batches', 'inventory', 'devices', 'taxReceipts'],
  donor: ['donors', 'batches', 'taxReceipts'],
  site: ['sites'],
  operator: ['operators', 'session'],
  settings: ['settings', 'access', 'organisation', 'scanRules', 'imports', 'privacy'],
  erasure: ['erasure', 'devices', 'inventory', 'dashboard'],
  refurbishment: ['refurbishment', 'devices', 'inventory'],
  recycling: ['recycling', 'devices', 'inventory'],
  partner: ['partners'],
  programme: ['programmes', 'agreementTemplates', 'dashboard'],
  beneficiary: ['beneficiaries', 'handovers', 'followUp', 'privacy'],
  sim: ['sims', 'handovers'],
  handover: [
    'handovers',
    'devices',
    'sims',
    'inventory',
    'followUp',
    'beneficiaries',
    'signatures',
    'documents',
    'dashboard',
  ],
  return: ['returns', 'handovers', 'devices', 'sims', 'inventory', 'followUp', 'dashboard'],
  document: ['documents', 'taxReceipts'],
  import: ['imports', 'devices', 'erasure', 'inventory'],
  desk: ['desks'],
  station: ['stations'],
};

/** The domains to mark stale after a write that changed these kinds of record (unknown ones are ignored). */
export function domainsChanged(entities: readonly string[]): ReadonlySet<Domain> {
  const domains = new Set<Domain>(['events']);
  for (const entity of entities)
    for (const domain of DOMAINS_OF_ENTITY[entity as EventEntity] ?? []) domains.add(domain);
  return domains;
}
