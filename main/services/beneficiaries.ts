/**
 * People referred by partners. Only what the agreement needs is kept; contact details and the address are shown to
 * coordinators and administrators only, whatever screen asks.
 */
import type { Beneficiary } from '../../shared/contract/lending-types';
import { responsiblePersonKind } from '../../shared/domain/lending';
import { normaliseMobilePhone } from '../../shared/domain/identifiers';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { BeneficiaryFields, BeneficiaryRecord } from '../store/repositories/beneficiaries';
import type { Store } from '../store/store';
import { requireActivePartner, requirePartner } from './partners';
import { read, write, type Actor } from './unit-of-work';

const CONTACT_ROLES: readonly OperatorRole[] = ['coordinator', 'admin'];

/** Whether these roles may see a person's address, phone and email. */
export function seesContacts(roles: readonly OperatorRole[]): boolean {
  return roles.some((role) => CONTACT_ROLES.includes(role));
}

/** The record as this caller may see it. */
export function viewBeneficiary(record: BeneficiaryRecord, roles: readonly OperatorRole[]): Beneficiary {
  if (seesContacts(roles)) return { ...record, masked: false };
  return { ...record, address: null, contactPhone: null, contactEmail: null, masked: true };
}

export function requireBeneficiary(store: Store, id: number, field = 'beneficiaryId'): BeneficiaryRecord {
  const record = store.beneficiaries.get(id);
  if (!record) throw new DomainError('not_found', { entity: 'entity.beneficiary', ref: String(id) }, field);
  return record;
}

/** Reserved for anonymised records, so that anonymisation can never collide with a partner's own code. */
const ANONYMISED_REFERENCE = /^ANON-\d+$/i;

/** Checks and normal forms shared by create and update; throws naming the field. */
function prepare(store: Store, input: BeneficiaryFields, exceptId: number | null): BeneficiaryFields {
  const partner = requirePartner(store, input.partnerId);
  const holder = store.beneficiaries.idByReference(input.partnerId, input.reference);
  if ((holder !== null && holder !== exceptId) || ANONYMISED_REFERENCE.test(input.reference)) {
    throw new DomainError('duplicate_reference', { reference: input.reference, partner: partner.name }, 'reference');
  }
  if (input.minor && !input.guardianName) {
    const person = `responsible.${responsiblePersonKind(input.category)}`;
    throw new DomainError('guardian_required', { person }, 'guardianName');
  }
  let contactPhone: string | null = null;
  if (input.contactPhone) {
    const check = normaliseMobilePhone(input.contactPhone);
    if (!check.ok) throw new DomainError('phone_invalid', { value: input.contactPhone }, 'contactPhone');
    contactPhone = check.value;
  }
  const { partnerId, reference, category, minor, firstName, lastName, address, guardianName, referentName } = input;
  const { contactEmail, consentOn } = input;
  return {
    partnerId,
    reference,
    category,
    minor,
    firstName,
    lastName,
    address,
    guardianName,
    referentName,
    contactPhone,
    contactEmail,
    consentOn,
  };
}

export function createBeneficiary(store: Store, actor: Actor, input: BeneficiaryFields): Beneficiary {
  return write(store, actor, (tx) => {
    requireActivePartner(store, input.partnerId);
    const fields = prepare(store, input, null);
    const id = store.beneficiaries.insert(fields, tx.now);
    // Events are kept for ever: they carry no name, address or contact, only what the statistics keep.
    const { partnerId, category, minor } = fields;
    tx.record('beneficiary', id, 'beneficiary.created', { partnerId, category, minor });
    return viewBeneficiary(requireBeneficiary(store, id), actor.roles);
  });
}

const TRACKED = [
  'partnerId',
  'reference',
  'category',
  'minor',
  'firstName',
  'lastName',
  'address',
  'guardianName',
  'referentName',
  'contactPhone',
  'contactEmail',
  'consentOn',
] as const;

export function updateBeneficiary(store: Store, actor: Actor, input: BeneficiaryFields & { id: number }): Beneficiary {
  return write(store, actor, (tx) => {
    const before = requireBeneficiary(store, input.id, 'id');
    if (before.anonymisedAt) throw new DomainError('beneficiary_anonymised', {}, 'id');
    if (before.partnerId !== input.partnerId) requireActivePartner(store, input.partnerId);
    const fields = prepare(store, input, input.id);
    store.beneficiaries.update(input.id, fields, tx.now);
    const changed = TRACKED.filter((key) => before[key] !== fields[key]);
    if (changed.length > 0) tx.record('beneficiary', input.id, 'beneficiary.updated', { changed });
    return viewBeneficiary(requireBeneficiary(store, input.id), actor.roles);
  });
}

export function getBeneficiary(store: Store, actor: Actor, id: number): Beneficiary {
  return read(store, () => viewBeneficiary(requireBeneficiary(store, id, 'id'), actor.roles));
}

export function searchBeneficiaries(
  store: Store,
  actor: Actor,
  filter: { query: string; partnerId: number | null; includeAnonymised: boolean; limit: number },
): Beneficiary[] {
  return store.beneficiaries.search(filter).map((record) => viewBeneficiary(record, actor.roles));
}
