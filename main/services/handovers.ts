/**
 * The handover desk: one counter session hands a set of ready devices, SIM cards and accessories to a beneficiary
 * or a partner institution, in one transaction with one record of the terms agreed, or refuses it whole.
 */
import type {
  HandoverDetail,
  HandoverSummary,
  HandoverTerms,
  TermsItem,
  TermsRecipient,
} from '../../shared/contract/lending-types';
import { addDays, responsiblePersonKind, type HandoverKind } from '../../shared/domain/lending';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { HandoverListFilter } from '../store/repositories/handovers';
import type { Store } from '../store/store';
import { requireBeneficiary, seesContacts } from './beneficiaries';
import { pastOrToday, today } from './calendar';
import { checkItems, refusalsOf, type CheckedItems } from './handover-checks';
import type { WarningDraft } from './intake';
import { transitionAll } from './lifecycle';
import { requireActivePartner, requireProgramme } from './partners';
import { transitionSim } from './sims';
import { read, write, type Actor } from './unit-of-work';

export interface HandoverInput {
  recipient: { type: 'beneficiary'; beneficiaryId: number } | { type: 'partner'; partnerId: number };
  referringPartnerId: number | null;
  programmeId: number;
  kind: HandoverKind | null;
  handedOn: string | null;
  dueOn: string | null;
  deviceIds: number[];
  simIds: number[];
  accessories: string[];
  notes: string | null;
}

export function handoverDetail(store: Store, id: number, roles: readonly OperatorRole[]): HandoverDetail {
  const record = store.handovers.record(id);
  if (!record) throw new DomainError('not_found', { entity: 'entity.handover', ref: String(id) }, 'id');
  const masked = !seesContacts(roles) && record.terms.recipient.type === 'beneficiary';
  const terms: HandoverTerms =
    masked && record.terms.recipient.type === 'beneficiary'
      ? { ...record.terms, recipient: { ...record.terms.recipient, address: null } }
      : record.terms;
  return { ...record, terms, items: store.handovers.items(id), returns: store.returns.forHandover(id), masked };
}

export function getHandover(store: Store, actor: Actor, id: number): HandoverDetail {
  return read(store, () => handoverDetail(store, id, actor.roles));
}

export function listHandovers(store: Store, filter: HandoverListFilter): HandoverSummary[] {
  return store.handovers.list(filter);
}

/** What the desk shows beside each scanned item; writes nothing. */
export function checkHandoverItems(store: Store, deviceIds: number[], simIds: number[]): CheckedItems {
  return read(store, () => checkItems(store, deviceIds, simIds, today(store)));
}

function recipientOf(store: Store, input: HandoverInput): { recipient: TermsRecipient; partnerId: number } {
  if (input.recipient.type === 'partner') {
    const partner = requireActivePartner(store, input.recipient.partnerId, 'recipient.partnerId');
    return {
      recipient: {
        type: 'partner',
        partnerId: partner.id,
        name: partner.name,
        address: partner.address,
        contactName: partner.contactName,
      },
      partnerId: partner.id,
    };
  }
  const person = requireBeneficiary(store, input.recipient.beneficiaryId, 'recipient.beneficiaryId');
  if (person.anonymisedAt) throw new DomainError('beneficiary_anonymised', {}, 'recipient.beneficiaryId');
  if (person.minor && !person.guardianName) {
    const kind = responsiblePersonKind(person.category);
    throw new DomainError('guardian_required', { person: `responsible.${kind}` }, 'recipient.beneficiaryId');
  }
  return {
    recipient: {
      type: 'beneficiary',
      beneficiaryId: person.id,
      reference: person.reference,
      firstName: person.firstName,
      lastName: person.lastName,
      address: person.address,
      category: person.category,
      minor: person.minor,
      guardianName: person.guardianName,
      guardianRole: person.minor ? responsiblePersonKind(person.category) : null,
    },
    partnerId: person.partnerId,
  };
}

const referentOf = (store: Store, beneficiaryId: number) => requireBeneficiary(store, beneficiaryId).referentName;

function itemsOf(checked: CheckedItems): TermsItem[] {
  return [
    ...checked.devices.map((device): TermsItem => ({
      type: 'device',
      deviceId: device.id,
      assetTag: device.assetTag,
      kind: device.kind,
      make: device.make,
      model: device.model,
      serial: device.serial,
      imei: device.imei,
      grade: device.grade,
    })),
    ...checked.sims.map((sim): TermsItem => ({
      type: 'sim',
      simId: sim.id,
      iccid: sim.iccid,
      phoneNumber: sim.phoneNumber,
      operator: sim.operator,
      planName: sim.planName,
      planDataGb: sim.planDataGb,
      planValidityDays: sim.planValidityDays,
    })),
  ];
}

export function createHandover(
  store: Store,
  actor: Actor,
  input: HandoverInput,
): { handover: HandoverDetail; warnings: WarningDraft[] } {
  return write(store, actor, (tx) => {
    const programme = requireProgramme(store, input.programmeId);
    const { recipient, partnerId } = recipientOf(store, input);
    const referring = requireActivePartner(store, input.referringPartnerId ?? partnerId, 'referringPartnerId');
    const kind = input.kind ?? programme.defaultKind;
    const handedOn = pastOrToday(store, input.handedOn, 'handedOn');
    let dueOn: string | null = null;
    if (kind === 'loan') {
      if (input.dueOn === null && programme.loanDays === null) {
        throw new DomainError('due_date_required', { programme: programme.name }, 'dueOn');
      }
      dueOn = input.dueOn ?? addDays(handedOn, programme.loanDays ?? 0);
      if (dueOn <= handedOn) throw new DomainError('due_date_not_after_handover', { dueOn, handedOn }, 'dueOn');
    }
    if (input.deviceIds.length === 0 && input.simIds.length === 0) throw new DomainError('handover_empty', {}, 'deviceIds');

    const checked = checkItems(store, input.deviceIds, input.simIds, handedOn);
    const refusals = refusalsOf(checked.lines);
    if (refusals.length > 0) throw new DomainError('handover_refused', { count: refusals.length }, 'items', refusals);

    const year = handedOn.slice(0, 4);
    const number = `RM-${year}-${String(store.settings.take(`handover-${year}`)).padStart(4, '0')}`;
    const terms: HandoverTerms = {
      kind,
      handedOn,
      dueOn,
      programme: {
        id: programme.id,
        name: programme.name,
        funder: programme.funder,
        agreementVariant: programme.agreementVariant,
      },
      recipient,
      referringPartner: {
        id: referring.id,
        name: referring.name,
        referentName: recipient.type === 'beneficiary' ? referentOf(store, recipient.beneficiaryId) : null,
      },
      items: itemsOf(checked),
      accessories: input.accessories,
    };
    const id = store.handovers.insert(
      {
        number,
        kind,
        beneficiaryId: recipient.type === 'beneficiary' ? recipient.beneficiaryId : null,
        recipientPartnerId: recipient.type === 'partner' ? recipient.partnerId : null,
        referringPartnerId: referring.id,
        programmeId: programme.id,
        handedOn,
        dueOn,
        closedOn: kind === 'donation' ? handedOn : null,
        terms,
        accessories: input.accessories,
        notes: input.notes,
        createdBy: actor.id,
      },
      tx.now,
    );
    const payload = { handoverId: id, handover: number, kind };
    transitionAll(store, tx, input.deviceIds, 'allocate', payload);
    for (const device of checked.devices) store.handovers.insertItem(id, { deviceId: device.id });
    for (const sim of checked.sims) {
      transitionSim(store, tx, sim, 'allocate', payload);
      store.handovers.insertItem(id, { simId: sim.id });
    }
    // No name in the event: the log is kept for ever, the person is not.
    tx.record('handover', id, 'handover.created', {
      number,
      kind,
      programmeId: programme.id,
      referringPartnerId: referring.id,
      recipient:
        recipient.type === 'beneficiary' ? { beneficiaryId: recipient.beneficiaryId } : { partnerId: recipient.partnerId },
      devices: checked.devices.length,
      sims: checked.sims.length,
      accessories: input.accessories.length,
      handedOn,
      dueOn,
    });
    return { handover: handoverDetail(store, id, actor.roles), warnings: warningsFor(checked, programme, handedOn, dueOn) };
  });
}

function warningsFor(
  checked: CheckedItems,
  programme: { name: string; startsOn: string; endsOn: string | null },
  handedOn: string,
  dueOn: string | null,
): WarningDraft[] {
  const warnings = [...checked.warnings];
  if (handedOn < programme.startsOn || (programme.endsOn !== null && handedOn > programme.endsOn)) {
    const params = { date: handedOn, programme: programme.name };
    warnings.push({ code: 'programme_outside_dates', field: 'handedOn', params });
  }
  for (const sim of checked.sims) {
    if (dueOn !== null && sim.expiresOn !== null && sim.expiresOn >= handedOn && sim.expiresOn < dueOn) {
      const params = { iccid: sim.iccid, expiresOn: sim.expiresOn, dueOn };
      warnings.push({ code: 'sim_expires_before_due', field: 'simIds', params });
    }
  }
  return warnings;
}
