/**
 * Personal data: retention, anonymisation and the right of access. A person is anonymised a set number of months
 * after their last handover closed, never while one is open; the statistics stay, the person goes.
 */
import type { AnonymiseReport, BeneficiaryExport, HandoverTerms } from '../../shared/contract/lending-types';
import type { EventEntry } from '../../shared/contract/events';
import { QUICK_ACCESSORIES } from '../../shared/domain/accessories';
import { addMonths, DEFAULT_ANONYMISE_AFTER_MONTHS } from '../../shared/domain/lending';
import { LANGS } from '../../shared/i18n/define';
import { translate } from '../../shared/i18n';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { requireBeneficiary, viewBeneficiary } from './beneficiaries';
import { today } from './calendar';
import { handoverDetail } from './handovers';
import { afterPersonalDataErased, markWipePending, wipePending } from './personal-data-erased';
import { write, type Actor, type Tx } from './unit-of-work';

const RETENTION_KEY = 'anonymiseAfterMonths';

export function anonymiseAfterMonths(store: Store): number {
  const months = Number(store.settings.get(RETENTION_KEY));
  return Number.isInteger(months) && months > 0 ? months : DEFAULT_ANONYMISE_AFTER_MONTHS;
}

export function setAnonymiseAfterMonths(store: Store, actor: Actor, months: number): { anonymiseAfterMonths: number } {
  return write(store, actor, (tx) => {
    store.settings.set(RETENTION_KEY, String(months));
    tx.record('settings', 1, 'settings.retention_updated', { anonymiseAfterMonths: months });
    return { anonymiseAfterMonths: months };
  });
}

/** The quick-button accessories, as either language stores them; anything else was typed and may name someone. */
const USUAL_ACCESSORIES = new Set(
  LANGS.flatMap((lang) => QUICK_ACCESSORIES.map((key) => translate(lang, key).toLowerCase())),
);
const usualOnly = (accessories: readonly string[]) =>
  accessories.filter((text) => USUAL_ACCESSORIES.has(text.toLowerCase()));

function scrubTerms(terms: HandoverTerms): HandoverTerms {
  const recipient =
    terms.recipient.type === 'beneficiary'
      ? { ...terms.recipient, reference: null, firstName: null, lastName: null, address: null, guardianName: null }
      : terms.recipient;
  return {
    ...terms,
    recipient,
    referringPartner: { ...terms.referringPartner, referentName: null },
    accessories: usualOnly(terms.accessories),
    anonymised: true,
  };
}

/**
 * The printed papers of a handover and of its returns name the person: their stored bytes go, their reference and
 * fingerprint stay (so a paper copy can still be matched). Returns how many were purged.
 */
function purgePapers(store: Store, tx: Tx, handoverId: number): number {
  const papers = [
    ...store.documents.forSubject('handover', handoverId),
    ...store.returns.forHandover(handoverId).flatMap((record) => store.documents.forSubject('return', record.id)),
  ];
  return papers.filter((paper) => store.documents.purge(paper.id, tx.now)).length;
}

/** Inside the caller's transaction: the person's identifying fields, and their copies in handover terms and notes. */
function anonymiseOne(store: Store, tx: Tx, beneficiaryId: number): boolean {
  if (!store.beneficiaries.anonymise(beneficiaryId, tx.now)) return false;
  const handoverIds = store.handovers.idsForBeneficiary(beneficiaryId);
  let papers = 0;
  for (const handoverId of handoverIds) {
    const record = store.handovers.record(handoverId);
    if (!record) continue;
    store.handovers.scrub(handoverId, scrubTerms(record.terms));
    store.returns.clearNotes(handoverId);
    for (const returned of store.returns.forHandover(handoverId)) {
      store.returns.setMissingAccessories(returned.id, usualOnly(returned.missingAccessories));
    }
    store.returns.clearConditions(handoverId);
    store.events.forgetNotesDuringHandover(handoverId);
    store.signatures.forgetPerson(handoverId);
    papers += purgePapers(store, tx, handoverId);
  }
  tx.record('beneficiary', beneficiaryId, 'beneficiary.anonymised', {
    handovers: handoverIds.length,
    papersPurged: papers,
  });
  markWipePending(store);
  return true;
}

/** On request (right to erasure): refused while a handover is open, since the loan agreement still runs. */
export function anonymiseBeneficiary(store: Store, actor: Actor, id: number) {
  let erased = false;
  const view = write(store, actor, (tx) => {
    const person = requireBeneficiary(store, id, 'id');
    if (person.anonymisedAt) return viewBeneficiary(person, actor.roles);
    if (person.openHandovers > 0) throw new DomainError('loan_open', { count: person.openHandovers }, 'id');
    erased = anonymiseOne(store, tx, id);
    return viewBeneficiary(requireBeneficiary(store, id, 'id'), actor.roles);
  });
  if (erased) afterPersonalDataErased(store);
  return view;
}

/**
 * Everyone whose last handover closed (or who was recorded, if they never received anything) more than the
 * retention period before `asOf`; people with an open loan are kept and counted. For start-up and the CLI.
 */
export function anonymiseDue(store: Store, actor: Actor | null, asOf: string = today(store)): AnonymiseReport {
  const report = write(store, actor, (tx) => {
    const afterMonths = anonymiseAfterMonths(store);
    const cutoff = addMonths(asOf, -afterMonths);
    const due = store.beneficiaries.dueForAnonymisation(cutoff);
    for (const id of due) anonymiseOne(store, tx, id);
    return { asOf, afterMonths, anonymised: due.length, keptOpen: store.beneficiaries.keptOpenCount(cutoff) };
  });
  // Once for the whole run, after the commit: the file is rewritten without the deleted bytes (or again, when the
  // last wipe could not finish because another process held the file).
  if (report.anonymised > 0 || wipePending(store)) afterPersonalDataErased(store);
  return report;
}

/** Right of access: the person, their handovers with items and returns, and every event about them. Logged. */
export function exportBeneficiary(store: Store, actor: Actor, id: number): BeneficiaryExport {
  return write(store, actor, (tx) => {
    const person = requireBeneficiary(store, id, 'id');
    const handovers = store.handovers
      .idsForBeneficiary(id)
      .map((handoverId) => handoverDetail(store, handoverId, actor.roles));
    const events: EventEntry[] = [
      ...store.events.forEntity('beneficiary', id),
      ...handovers.flatMap((handover) => [
        ...store.events.forEntity('handover', handover.id),
        ...handover.returns.flatMap((record) => store.events.forEntity('return', record.id)),
      ]),
    ].sort((a, b) => a.id - b.id);
    tx.record('beneficiary', id, 'beneficiary.exported', { handovers: handovers.length, events: events.length });
    return { exportedAt: tx.now, beneficiary: viewBeneficiary(person, actor.roles), handovers, events };
  });
}
