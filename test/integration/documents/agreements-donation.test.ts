import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, readyLaptop, readyTablets, setOrganisation } from '../../helpers/papers';
import { pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.close());

/** A welfare recipient, an adult referred by the child-protection service, is given a laptop. */
function donationToAdult() {
  const person = h.call(d.coord, 'beneficiaries.create', {
    partnerId: d.ase,
    reference: 'ASE-2026-0042',
    category: 'young_person',
    minor: false,
    firstName: 'Noé',
    lastName: 'Lefèvre',
    address: '3 place Bellecour, 69002 Lyon',
    referentName: 'Mme Garnier (éducatrice)',
  });
  return h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    kind: 'donation',
    deviceIds: [readyLaptop(h, d, 'DON001')],
    accessories: ['Chargeur'],
  }).handover;
}

describe('donation attestation', () => {
  it('says ownership is transferred, has no return date, and no guardian for an adult', () => {
    const handover = donationToAdult();
    const { pdf, reference } = issue(h, d.coord, 'donation', 'handover', handover.id);
    renderPages(pdf, 'doc-donation-fr');
    expect(reference).toMatch(/^DON-2026-\d{6}$/);
    const text = plainSpaces(pdfText(pdf));
    for (const expected of [
      'ATTESTATION DE DON DE MATÉRIEL NUMÉRIQUE',
      'Le donateur',
      'Noé Lefèvre',
      'ASE Rhône',
      'référent : Mme Garnier (éducatrice)',
      'Transfert de propriété Le 20/11/2026, jour de la remise — aucune restitution n’est attendue',
      'Article 2 – Transfert de propriété',
      'La propriété des équipements est transférée à la partie bénéficiaire le 20/11/2026',
      'Conservation : 24 mois après la remise ; les données sont ensuite anonymisées',
      'Fait à Lyon, le 20/11/2026',
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of [
      'Date de retour',
      'Durée du prêt',
      'restent la propriété',
      'représentant légal »',
      'Représentant légal',
      '{',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(text).toMatch(/\bDON001\b/);
  });

  it('is refused for a loan, pointing to the loan agreement', () => {
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: readyTablets(h, d, 1),
    });
    const error = h.refuse(d.coord, 'documents.generate', {
      kind: 'donation',
      subject: { type: 'handover', ids: [handover.id] },
    });
    expect(error.code).toBe('agreement_kind_mismatch');
    expect(error.message).toBe(
      `La remise ${handover.number} est un prêt : imprimez plutôt le document « Convention de prêt ».`,
    );
  });

  it('prints the English attestation with the programme’s own English donation text', () => {
    h.call(d.coord, 'agreementTemplates.save', {
      programmeId: d.programme,
      variant: 'donation',
      lang: 'en',
      body: '# Gift\n{organisation.name} gives {beneficiary.name} {item_count} item(s) on {handover.date}; ownership passes that day.\n- Keep it safe.\n- Ask {partner.name} for help.',
    });
    const { pdf } = issue(h, d.coord, 'donation', 'handover', donationToAdult().id, 'en');
    renderPages(pdf, 'doc-donation-en');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('EQUIPMENT DONATION CERTIFICATE');
    expect(text).toContain('Rebond Lyon gives Noé Lefèvre 1 item(s) on 20/11/2026; ownership passes that day.');
    expect(text).toContain('• Ask ASE Rhône for help.');
    expect(text).toContain('On 20/11/2026, the day of the handover — nothing is to be returned');
  });
});

describe('agreement with an institution', () => {
  it('names the institution and its representative instead of a person, for a set of tablets', () => {
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      referringPartnerId: d.ase,
      programmeId: d.programme,
      deviceIds: readyTablets(h, d, 12),
      accessories: Array.from({ length: 12 }, () => 'Chargeur'),
    });
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', handover.id);
    renderPages(pdf, 'doc-agreement-institution');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('Établissement emprunteur Foyer Les Tilleuls');
    expect(text).toContain('signataire : Accueil en qualité de : ……');
    expect(text).toContain('Partenaire référent ASE Rhône');
    expect(text).toContain('Chargeur ×12');
    expect(text).not.toContain('Représentant légal');
  });
});
