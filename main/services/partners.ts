/** Partners (who refer people or receive sets) and programmes (funded schemes with default terms and targets). */
import type { Partner, Programme, ProgrammeProgress, ProgrammeTarget } from '../../shared/contract/lending-types';
import { TARGET_ITEMS, type TargetItem } from '../../shared/domain/lending';
import { DomainError } from '../errors';
import type { PartnerFields } from '../store/repositories/partners';
import type { ProgrammeFields } from '../store/repositories/programmes';
import type { Store } from '../store/store';
import { read, write, type Actor } from './unit-of-work';

export function requirePartner(store: Store, id: number, field = 'partnerId'): Partner {
  const partner = store.partners.get(id);
  if (!partner) throw new DomainError('not_found', { entity: 'entity.partner', ref: String(id) }, field);
  return partner;
}

export function requireActivePartner(store: Store, id: number, field = 'partnerId'): Partner {
  const partner = requirePartner(store, id, field);
  if (!partner.active) throw new DomainError('partner_inactive', { name: partner.name }, field);
  return partner;
}

export function requireProgramme(store: Store, id: number, field = 'programmeId'): Programme {
  const programme = store.programmes.get(id);
  if (!programme) throw new DomainError('not_found', { entity: 'entity.programme', ref: String(id) }, field);
  return programme;
}

function partnerFields(input: PartnerFields): PartnerFields {
  const { name, kind, address, contactName, contactPhone, contactEmail } = input;
  return { name, kind, address, contactName, contactPhone, contactEmail };
}

function checkPartnerName(store: Store, name: string, exceptId: number | null): void {
  const holder = store.partners.idByName(name);
  if (holder !== null && holder !== exceptId) throw new DomainError('duplicate_name', { name }, 'name');
}

export function createPartner(store: Store, actor: Actor, input: PartnerFields): Partner {
  return write(store, actor, (tx) => {
    checkPartnerName(store, input.name, null);
    const id = store.partners.insert(partnerFields(input), tx.now);
    // No name: a foster carer is a private person; the log shows the partner's current name from its record.
    tx.record('partner', id, 'partner.created', { kind: input.kind });
    return requirePartner(store, id);
  });
}

export function updatePartner(
  store: Store,
  actor: Actor,
  input: PartnerFields & { id: number; active: boolean },
): Partner {
  return write(store, actor, (tx) => {
    const before = requirePartner(store, input.id, 'id');
    checkPartnerName(store, input.name, input.id);
    store.partners.update(input.id, { ...partnerFields(input), active: input.active }, tx.now);
    const changed = (
      ['name', 'kind', 'address', 'contactName', 'contactPhone', 'contactEmail', 'active'] as const
    ).filter((key) => before[key] !== input[key]);
    if (changed.length > 0) tx.record('partner', input.id, 'partner.updated', { changed });
    return requirePartner(store, input.id);
  });
}

type ProgrammeInput = ProgrammeFields & { targets: ProgrammeTarget[] };

function programmeFields(input: ProgrammeInput): ProgrammeFields {
  const { name, funder, startsOn, endsOn, defaultKind, loanDays, agreementVariant, notes } = input;
  return { name, funder, startsOn, endsOn, defaultKind, loanDays, agreementVariant, notes };
}

function checkProgrammeName(store: Store, name: string, exceptId: number | null): void {
  const holder = store.programmes.idByName(name);
  if (holder !== null && holder !== exceptId) throw new DomainError('duplicate_name', { name }, 'name');
}

const orderTargets = (targets: readonly ProgrammeTarget[]) =>
  [...targets].sort((a, b) => TARGET_ITEMS.indexOf(a.item) - TARGET_ITEMS.indexOf(b.item));

export function createProgramme(store: Store, actor: Actor, input: ProgrammeInput): Programme {
  return write(store, actor, (tx) => {
    checkProgrammeName(store, input.name, null);
    const id = store.programmes.insert(programmeFields(input), tx.now);
    store.programmes.replaceTargets(id, orderTargets(input.targets));
    tx.record('programme', id, 'programme.created', {
      name: input.name,
      defaultKind: input.defaultKind,
      loanDays: input.loanDays,
      agreementVariant: input.agreementVariant,
      targets: input.targets,
    });
    return requireProgramme(store, id);
  });
}

export function updateProgramme(store: Store, actor: Actor, input: ProgrammeInput & { id: number }): Programme {
  return write(store, actor, (tx) => {
    requireProgramme(store, input.id, 'id');
    checkProgrammeName(store, input.name, input.id);
    store.programmes.update(input.id, programmeFields(input), tx.now);
    store.programmes.replaceTargets(input.id, orderTargets(input.targets));
    tx.record('programme', input.id, 'programme.updated', {
      name: input.name,
      defaultKind: input.defaultKind,
      loanDays: input.loanDays,
      agreementVariant: input.agreementVariant,
      targets: input.targets,
    });
    return requireProgramme(store, input.id);
  });
}

/** What a funder asks: devices by kind and SIM cards handed out, against the targets, and people equipped. */
export function programmeProgress(store: Store, programmeId: number): ProgrammeProgress {
  return read(store, () => {
    const programme = requireProgramme(store, programmeId);
    const counted = store.followUp.programmeItems(programmeId);
    const items = TARGET_ITEMS.flatMap((item: TargetItem) => {
      const target = programme.targets.find((candidate) => candidate.item === item)?.target ?? null;
      const count = counted.find((candidate) => candidate.item === item);
      if (target === null && !count) return [];
      return [{ item, target, handedOut: count?.handedOut ?? 0, stillOut: count?.stillOut ?? 0 }];
    });
    return {
      programme,
      items,
      ...store.followUp.programmeCounts(programmeId),
      byCategory: store.followUp.programmeCategories(programmeId),
    };
  });
}
