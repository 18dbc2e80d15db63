/**
 * The handover desk: one counter session hands a set of ready devices, SIM cards and accessories to a beneficiary
 * or a partner institution, in one transaction with one record of the terms agreed, or refuses it whole.
 */
import type {
  HandoverDetail,
  HandoverPreview,
  HandoverSummary,
  HandoverTerms,
  TermsItem,
  TermsRecipient,
} from '../../shared/contract/lending-types';
import { unacknowledged, type HandoverWarningDraft } from '../../shared/domain/handover-warnings';
import { addDays, responsiblePersonKind, type HandoverKind } from '../../shared/domain/lending';
import type { Programme } from '../../shared/contract/lending-types';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { HandoverListFilter } from '../store/repositories/handovers';
import type { Store } from '../store/store';
import { requireBeneficiary, seesContacts } from './beneficiaries';
import { pastOrToday, today } from './calendar';
import { checkItems, refusalsOf, type CheckedItems } from './handover-checks';
import { warningsOf, type WarningRecipient } from './handover-warnings';
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
  /** The warning keys the counter showed and the operator accepted; null: not checked (scripts, the CLI). */
  acknowledgedWarnings?: string[] | null;
}

export interface HandoverPreviewInput {
  recipient: WarningRecipient;
  programmeId: number | null;
  kind: HandoverKind | null;
  handedOn: string | null;
  dueOn: string | null;
  deviceIds: number[];
  simIds: number[];
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

/** What the desk shows beside each scanned item, and what the items alone warn about; writes nothing. */
export function checkHandoverItems(
  store: Store,
  deviceIds: number[],
  simIds: number[],
): CheckedItems & { warnings: HandoverWarningDraft[] } {
  return read(store, () => {
    const checked = checkItems(store, deviceIds, simIds);
    return {
      ...checked,
      warnings: warningsOf(store, checked, { programme: null, handedOn: today(store), dueOn: null, recipient: null }),
    };
  });
}

/** The kind and due date a handover would be recorded with, or why not: the one reading of the terms. */
function termsOf(programme: Programme, input: { kind: HandoverKind | null; dueOn: string | null }, handedOn: string) {
  const kind = input.kind ?? programme.defaultKind;
  if (kind !== 'loan') return { kind, dueOn: null };
  if (input.dueOn === null && programme.loanDays === null) {
    throw new DomainError('due_date_required', { programme: programme.name }, 'dueOn');
  }
  const dueOn = input.dueOn ?? addDays(handedOn, programme.loanDays ?? 0);
  if (dueOn <= handedOn) throw new DomainError('due_date_not_after_handover', { dueOn, handedOn }, 'dueOn');
  return { kind, dueOn };
}

/**
 * The counter's basket as it stands: each item's verdict and every warning the confirmation would give, from the
 * same rules `createHandover` applies. A programme, a recipient or a date not chosen yet only leaves out the
 * warnings that need it; the terms' own refusals (a date in the future) are the confirmation's to give.
 */
export function previewHandover(
  store: Store,
  input: HandoverPreviewInput,
): Omit<HandoverPreview, 'lines' | 'warnings'> & {
  checked: CheckedItems;
  warnings: HandoverWarningDraft[];
} {
  return read(store, () => {
    const checked = checkItems(store, input.deviceIds, input.simIds);
    const programme = input.programmeId === null ? null : store.programmes.get(input.programmeId);
    const handedOn = input.handedOn ?? today(store);
    let terms: { kind: HandoverKind | null; dueOn: string | null } = {
      kind: input.kind,
      dueOn: input.kind === 'loan' ? input.dueOn : null,
    };
    if (programme) {
      try {
        terms = termsOf(programme, input, handedOn);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    const warnings = warningsOf(store, checked, {
      programme,
      handedOn,
      dueOn: terms.dueOn,
      recipient: input.recipient,
    });
    return { ok: checked.lines.every((line) => line.problem === null), checked, warnings, ...terms };
  });
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
    ...checked.devices.map(
      (device): TermsItem => ({
        type: 'device',
        deviceId: device.id,
        assetTag: device.assetTag,
        kind: device.kind,
        make: device.make,
        model: device.model,
        serial: device.serial,
        imei: device.imei,
        grade: device.grade,
      }),
    ),
    ...checked.sims.map(
      (sim): TermsItem => ({
        type: 'sim',
        simId: sim.id,
        iccid: sim.iccid,
        phoneNumber: sim.phoneNumber,
        operator: sim.operator,
        planName: sim.planName,
        planDataGb: sim.planDataGb,
        planValidityDays: sim.planValidityDays,
      }),
    ),
  ];
}

export function createHandover(
  store: Store,
  actor: Actor,
  input: HandoverInput,
): { handover: HandoverDetail; warnings: HandoverWarningDraft[] } {
  return write(store, actor, (tx) => {
    const programme = requireProgramme(store, input.programmeId);
    const { recipient, partnerId } = recipientOf(store, input);
    const referring = requireActivePartner(store, input.referringPartnerId ?? partnerId, 'referringPartnerId');
    const handedOn = pastOrToday(store, input.handedOn, 'handedOn');
    const { kind, dueOn } = termsOf(programme, input, handedOn);
    if (input.deviceIds.length === 0 && input.simIds.length === 0)
      throw new DomainError('handover_empty', {}, 'deviceIds');

    const checked = checkItems(store, input.deviceIds, input.simIds);
    const refusals = refusalsOf(checked.lines);
    if (refusals.length > 0) throw new DomainError('handover_refused', { count: refusals.length }, 'items', refusals);
    const warnings = warningsOf(store, checked, { programme, handedOn, dueOn, recipient: input.recipient });
    const acknowledged = input.acknowledgedWarnings ?? null;
    if (acknowledged !== null) {
      const unseen = unacknowledged(warnings, acknowledged);
      if (unseen.length > 0)
        throw new DomainError('handover_warnings_not_acknowledged', { count: unseen.length }, 'acknowledgedWarnings');
    }

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
        recipient.type === 'beneficiary'
          ? { beneficiaryId: recipient.beneficiaryId }
          : { partnerId: recipient.partnerId },
      devices: checked.devices.length,
      sims: checked.sims.length,
      accessories: input.accessories.length,
      handedOn,
      dueOn,
      // What the counter was warned about (keys name ids and codes only), and whether the operator accepted them.
      warnings: warnings.map((warning) => warning.key),
      warningsAcknowledged: acknowledged !== null,
    });
    return { handover: handoverDetail(store, id, actor.roles), warnings };
  });
}
