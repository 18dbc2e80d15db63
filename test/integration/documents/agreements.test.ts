import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentBytesFor } from '../../../main/web/document-bytes';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, readyLaptop, readyTablets, setOrganisation, simWithNumber } from '../../helpers/papers';
import { pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.close());

/** A pupil (a minor, with her mother as guardian) borrows a laptop, a tablet and a SIM card with its number. */
function pupilLoan() {
  const laptop = readyLaptop(h, d, 'PF3KX9Q');
  const [tablet] = readyTablets(h, d, 1);
  const sim = simWithNumber(h, d, 77, '06 12 34 56 78');
  h.call(d.coord, 'agreementTemplates.setValues', {
    programmeId: d.programme,
    variant: 'minor',
    lang: 'fr',
    values: [
      { item: 'laptop', valueCents: 125_000 },
      { item: 'tablet', valueCents: 18_050 },
      { item: 'sim', valueCents: 1_000 },
    ],
  });
  const person = pupil(h, d, 'EL-2026-014');
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [laptop, tablet ?? 0],
    simIds: [sim],
    accessories: ['Chargeur', 'Chargeur', 'Housse'],
  });
  return handover;
}

describe('loan agreement', () => {
  it('holds the parties, the guardian, every identifier, the dates, the clauses and the signature blocks', () => {
    const handover = pupilLoan();
    const { pdf, reference } = issue(h, d.coord, 'agreement', 'handover', handover.id);
    renderPages(pdf, 'doc-agreement-fr');
    const raw = pdfText(pdf);
    const text = plainSpaces(raw);
    expect(reference).toMatch(/^AGR-2026-\d{6}$/);
    // Parties: lender with its signatory, the pupil (a minor), her guardian, the referring school and its referent.
    for (const expected of [
      'CONVENTION DE PRÊT DE MATÉRIEL NUMÉRIQUE',
      'Rebond Lyon',
      '8 rue de l’Épée',
      'signataire : Claire Dupont, Directrice',
      'Léa Martin',
      'personne mineure, référence EL-2026-014',
      '12 rue des Lilas, 69100 Villeurbanne',
      'Représentant légal',
      'Nora Martin',
      'Collège Jean Moulin',
      'référent : M. Durand (CPE)',
      'Continuité pédagogique 2026, financé par Département du Rhône',
    ]) {
      expect(text).toContain(expected);
    }
    // Equipment: serials, asset tags, ICCID and E.164 number, grades, accessories.
    const terms = h.call(d.coord, 'handovers.get', { id: handover.id }).terms;
    for (const item of terms.items) {
      if (item.type === 'device') {
        expect(text).toContain(item.assetTag);
        expect(text).toContain(item.serial);
      } else {
        expect(text).toContain(item.iccid);
        expect(text).toContain('06 12 34 56 78');
      }
    }
    expect(text).toContain('Dell Latitude 7490');
    expect(text).toContain('Orange · Mobicarte 20 Go (20 Go, 30 jours)');
    expect(text).toMatch(/RB-000001 — A /);
    expect(text).toContain('Chargeur ×2, Housse');
    // French amounts are written with U+202F between thousands and U+00A0 before the sign: the embedded font
    // prints both as spaces (never the "/" of a non-embedded Helvetica), and they never break across lines.
    expect(text).toContain('Valeur totale de référence : 1 440,50 €');
    expect(text).toContain('1 250,00 €');
    expect(raw).not.toMatch(/1\/440|440,50\s*\n\s*€|1\s*\n\s*440/);
    // Dates and duration (300 days from 20/11/2026).
    expect(text).toContain('20/11/2026');
    expect(text).toContain('16/09/2027');
    expect(text).toContain('300 jours');
    // Clauses, placeholders filled, data-protection clause with the retention setting.
    expect(text).toContain('Article 2 – Propriété');
    expect(text).toContain('restent la propriété du prêteur');
    expect(text).toContain('Le prêt court du 20/11/2026 au 16/09/2027 (300 jours)');
    expect(text).toContain('puis 24 mois après la restitution');
    expect(text).toContain('donnees@rebond-lyon.example');
    expect(text).not.toMatch(/\{[a-z_.]+\}/);
    // Signature blocks for each party, with place and date.
    expect(text).toContain('Fait à Lyon, le 20/11/2026');
    expect(text).toContain('Pour Rebond Lyon');
    expect(text).toContain('Bénéficiaire');
    expect(text).toContain('Partenaire référent');
    expect(text.match(/« Lu et approuvé », signature/g)?.length).toBe(2);
    expect(text).toMatch(/Page 1 \/ \d/);
  });

  it('follows the retention setting and a programme’s own clause text', () => {
    h.call(d.admin, 'privacy.setRetention', { anonymiseAfterMonths: 36 });
    h.call(d.coord, 'agreementTemplates.save', {
      programmeId: d.programme,
      variant: 'minor',
      lang: 'fr',
      body: '# Clause unique du programme\nLe collège {partenaire.nom} rappelle à {beneficiaire.nom} que le matériel revient le {date_retour} ; données gardées {duree_conservation}. Accolades : {{ok}}.',
    });
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', pupilLoan().id);
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('Clause unique du programme');
    expect(text).toContain(
      'Le collège Collège Jean Moulin rappelle à Léa Martin que le matériel revient le 16/09/2027 ; données gardées 36 mois. Accolades : {ok}.',
    );
    expect(text).not.toContain('Article 2 – Propriété');
  });

  it('prints in English', () => {
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', pupilLoan().id, 'en');
    renderPages(pdf, 'doc-agreement-en');
    const raw = pdfText(pdf);
    const text = plainSpaces(raw);
    for (const expected of [
      'EQUIPMENT LOAN AGREEMENT',
      'The lender',
      'Legal guardian',
      'Nora Martin',
      'The loan runs from 20/11/2026 to 16/09/2027 (300 days)',
      'remains the lender’s property',
      'then for 24 months after the return',
      'Signed at Lyon on 20/11/2026',
      '06 12 34 56 78',
    ]) {
      expect(text).toContain(expected);
    }
    expect(raw).toContain('€1,440.50');
  });

  it('is refused for a donation handover, pointing to the donation attestation', () => {
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      kind: 'donation',
      deviceIds: readyTablets(h, d, 1),
    });
    const error = h.refuse(d.coord, 'documents.generate', {
      kind: 'agreement',
      subject: { type: 'handover', ids: [handover.id] },
    });
    expect(error.code).toBe('agreement_kind_mismatch');
    expect(error.message).toContain('Attestation de don');
    expect(h.store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });

  it('is read again only by the roles that may issue it: a technician gets neither the API copy nor the tab', () => {
    setOrganisation(h, d);
    const { reference, pdf } = issue(h, d.coord, 'agreement', 'handover', pupilLoan().id);
    expect(h.refuse(d.tech, 'documents.reprint', { reference }).code).toBe('forbidden_role');
    const operatorOf = (session: typeof d.tech) => h.call(session, 'session.state', {}).operator?.id ?? 0;
    expect(documentBytesFor(h.store, reference, operatorOf(d.tech))).toBe('forbidden');
    expect(documentBytesFor(h.store, reference, operatorOf(d.coord))).toEqual(pdf);
  });
});
