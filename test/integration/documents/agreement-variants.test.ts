import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../main/documents/pdf';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, readyLaptop, readyTablets, setOrganisation, simWithNumber } from '../../helpers/papers';
import { mappedCodePoints, pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.close());

const PERSONAL_CLAUSES = ['usage personnel', 'prêter à son tour', 'mineur'];
const GDPR_ARTICLE = [
  'Responsable du traitement : le prêteur, Rebond Lyon, 8 rue de l’Épée, 69003 Lyon (SIRET 123 456 789 00012)',
  'contact : donnees@rebond-lyon.example, 04 78 00 00 00',
  'délégué à la protection des données :',
  'Données conservées :',
  'images des signatures et copie signée',
  'ICCID et numéro de la carte SIM',
  'Finalités et bases légales : gestion du prêt (exécution du contrat, article 6.1.b du RGPD)',
  'intérêt légitime du prêteur, article 6.1.f',
  'Destinataires : les personnes habilitées du prêteur',
  'le financeur ne reçoit que des chiffres anonymes',
  'Aucun transfert hors de l’Union européenne',
  'Conservation : pendant le prêt, puis 24 mois après la restitution',
  'Caractère obligatoire :',
  'Droits d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition',
  'réclamation possible auprès de la CNIL (www.cnil.fr)',
];

function loanTo(person: { id: number }, withSim: boolean) {
  const laptop = readyLaptop(h, d, `PF${person.id}KX9Q`);
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [laptop],
    simIds: withSim ? [simWithNumber(h, d, 40 + person.id, '06 11 22 33 44')] : [],
  });
  return handover;
}

const adult = () =>
  pupil(h, d, 'RSA-2026-031', {
    minor: false,
    category: 'welfare_recipient',
    firstName: 'Samir',
    lastName: 'Haddad',
    guardianName: null,
  });

function tabletSet() {
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'partner', partnerId: d.institution },
    referringPartnerId: d.ase,
    programmeId: d.programme,
    deviceIds: readyTablets(h, d, 8),
  });
  return handover;
}

describe('agreement variants', () => {
  it('an adult’s loan: a loan for use under the Code civil, the personal clauses, no SIM article without a SIM card', () => {
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', loanTo(adult(), false).id);
    renderPages(pdf, 'doc-agreement-adult');
    const text = plainSpaces(pdfText(pdf));
    for (const expected of [
      'prêt à usage (articles 1875 et suivants du Code civil)',
      'la personne bénéficiaire, Samir Haddad,',
      'usage personnel',
      'ni les prêter à son tour',
      'une déclaration écrite et signée en cas de perte',
      'copie du dépôt de plainte en cas de vol',
      'reste à la charge de la personne bénéficiaire (articles 1880 et suivants du Code civil)',
      'rappels par téléphone ou courriel (consentement, article 6.1.a, qui peut être retiré à tout moment)',
      ...GDPR_ARTICLE,
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of ['Carte SIM', 'représentant légal', 'mineure', 'Rien n’est enregistré sur sa situation'])
      expect(text).not.toContain(absent);
  });

  it('a minor’s loan: the guardian contracts « en qualité de représentant légal de … », and the SIM clause prints with the card', () => {
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', loanTo(pupil(h, d, 'EL-2026-014'), true).id);
    renderPages(pdf, 'doc-agreement-minor');
    const text = plainSpaces(pdfText(pdf));
    for (const expected of [
      'Nora Martin conclut la convention en son nom, en qualité de représentant légal de Léa Martin',
      'Représentant légal Nora Martin en qualité de représentant légal de Léa Martin',
      'Article 3 bis – Carte SIM',
      'La ligne de la carte SIM remise, 06 11 22 33 44 (Orange · Mobicarte 20 Go, 20 Go, 30 jours), reste au nom du prêteur',
      'Le crédit vaut pour le volume et la durée indiqués ci-dessus et n’est pas renouvelé d’office',
      'À la fin du prêt, la carte est restituée et la ligne peut être résiliée',
      'Un usage frauduleux ou illicite permet au prêteur de suspendre la ligne',
      'la catégorie de public dans laquelle le programme la compte, jamais le motif d’une mesure',
      'consentement de la personne responsable, article 6.1.a, qui peut être retiré à tout moment',
      ...GDPR_ARTICLE,
    ]) {
      expect(text).toContain(expected);
    }
    // One lender signatory, named the same in the parties and in the box.
    expect(text).toContain('signataire : Claire Dupont, Directrice');
    expect(text).toContain('Pour Rebond Lyon Claire Dupont Directrice');
  });

  it('a child in care: the child-protection referent signs in that capacity', () => {
    const child = pupil(h, d, 'ASE-2026-007', {
      category: 'child_in_care',
      firstName: 'Inès',
      lastName: 'Roux',
      guardianName: 'Mme Garnier',
    });
    const text = plainSpaces(pdfText(issue(h, d.coord, 'agreement', 'handover', loanTo(child, false).id).pdf));
    expect(text).toContain(
      'Mme Garnier conclut la convention en son nom, en qualité de référent de protection de l’enfance pour Inès Roux',
    );
    expect(text).toContain('Référent de protection de l’enfance Mme Garnier');
  });

  it('a set lent to an institution: no personal clause, an inventory and return duty, a named signatory and a capacity to fill in', () => {
    const { pdf } = issue(h, d.coord, 'agreement', 'handover', tabletSet().id);
    renderPages(pdf, 'doc-agreement-institution-set');
    const text = plainSpaces(pdfText(pdf));
    for (const absent of PERSONAL_CLAUSES) expect(text).not.toContain(absent);
    for (const expected of [
      'prête gratuitement à l’établissement emprunteur, Foyer Les Tilleuls, représenté par Accueil',
      'met à la disposition des jeunes qu’il accueille, sous sa responsabilité',
      'tenir un inventaire indiquant, pour chaque équipement, à qui ou à quel groupe il est confié',
      'restitue au prêteur l’ensemble des équipements et accessoires, avec une copie de son inventaire',
      'Le prêteur ne recueille aucune donnée sur les jeunes',
      'en qualité de : ……',
      ...GDPR_ARTICLE,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a donation: a manual gift, ownership passing on the day, no loan clause', () => {
    const laptop = readyLaptop(h, d, 'DON007');
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: adult().id },
      programmeId: d.programme,
      kind: 'donation',
      deviceIds: [laptop],
    });
    const text = plainSpaces(pdfText(issue(h, d.coord, 'donation', 'handover', handover.id).pdf));
    expect(text).toContain('Il s’agit d’un don manuel, réalisé par la remise des équipements');
    expect(text).toContain('Aucun traitement ne repose sur le consentement');
    for (const absent of ['prêt à usage', 'Date de retour', 'Carte SIM']) expect(text).not.toContain(absent);
  });

  it('each variant has its own editable text: the institution’s does not change the adult’s', () => {
    h.call(d.coord, 'agreementTemplates.save', {
      programmeId: d.programme,
      variant: 'institution',
      lang: 'fr',
      body: '# Article unique\nL’établissement {beneficiaire.nom} tient l’inventaire des {nombre_equipements} tablettes ; signataire : {representant.nom}.',
    });
    const institution = plainSpaces(pdfText(issue(h, d.coord, 'agreement', 'handover', tabletSet().id).pdf));
    expect(institution).toContain(
      'L’établissement Foyer Les Tilleuls tient l’inventaire des 8 tablettes ; signataire : Accueil.',
    );
    const adultText = plainSpaces(pdfText(issue(h, d.coord, 'agreement', 'handover', loanTo(adult(), false).id).pdf));
    expect(adultText).not.toContain('Article unique');
    expect(adultText).toContain('Article 8 – Données personnelles');
    // A guardian's capacity means nothing for an adult: the adult text refuses it, naming the field.
    const refused = h.refuse(d.coord, 'agreementTemplates.save', {
      programmeId: d.programme,
      variant: 'adult',
      lang: 'fr',
      body: 'Signé {representant.qualite}',
    });
    expect(refused.code).toBe('template_placeholder_not_for_kind');
    expect(refused.message).toContain('{representant.qualite}');
  });

  it('prints the DPO’s contact from the organisation’s identity', () => {
    h.call(d.admin, 'organisation.update', {
      ...h.call(d.admin, 'organisation.get', {}),
      dpoContact: 'dpo@rebond-lyon.example',
    });
    const text = plainSpaces(pdfText(issue(h, d.coord, 'agreement', 'handover', loanTo(adult(), false).id).pdf));
    expect(text).toContain('délégué à la protection des données : dpo@rebond-lyon.example');
  });

  it('is refused, naming what is missing, while the organisation has no registration number or contact; nothing is recorded', () => {
    const handover = loanTo(adult(), false);
    h.call(d.admin, 'organisation.update', {
      ...h.call(d.admin, 'organisation.get', {}),
      registration: null,
      email: null,
      phone: null,
    });
    const before = h.store.db.prepare('SELECT count(*) FROM documents').pluck().get();
    const error = h.refuse(d.coord, 'documents.generate', {
      kind: 'agreement',
      subject: { type: 'handover', ids: [handover.id] },
      lang: 'fr',
    });
    expect(error.code).toBe('agreement_organisation_incomplete');
    expect(error.message).toContain('le numéro d’immatriculation (SIRET, RNA), un contact (courriel ou téléphone)');
    expect(error.message).toContain('Administration → Organisation');
    expect(h.store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(before);
  });
});

describe('agreement page composition', () => {
  it('sets French with a narrow no-break space before « : » and inside « », template text included, and English without', () => {
    // pdftotext prints U+202F as a plain space: the text shows where it is, the fonts' maps that it is U+202F.
    expect(frenchTypography('Durée : 24 mois ; « Continuité » ? Oui ! 10:30 https://x RB-000001')).toBe(
      'Durée\u202f: 24 mois\u202f; «\u202fContinuité\u202f»\u202f? Oui\u202f! 10:30 https://x RB-000001',
    );
    const handover = loanTo(pupil(h, d, 'EL-2026-015'), true);
    const fr = issue(h, d.coord, 'agreement', 'handover', handover.id).pdf;
    expect(pdfText(fr)).toContain('Conservation : pendant le prêt');
    expect(mappedCodePoints(fr).has(0x202f)).toBe(true);
    const en = issue(h, d.coord, 'agreement', 'handover', handover.id, 'en').pdf;
    expect(pdfText(en)).toContain('Retention: while the loan runs');
    expect(mappedCodePoints(en).has(0x202f)).toBe(false);
  });

  it('keeps the signature boxes on the page of the last clause', () => {
    for (const handover of [loanTo(pupil(h, d, 'EL-2026-016'), true), loanTo(adult(), false), tabletSet()]) {
      const pages = pdfText(issue(h, d.coord, 'agreement', 'handover', handover.id).pdf).split('\f');
      const signing = pages.findIndex((page) => page.includes('Fait à Lyon, le 20/11/2026'));
      expect(signing).toBeGreaterThan(0);
      // The last clause's last words, then the signatures: on one page.
      expect(plainSpaces(pages[signing] ?? '')).toMatch(/www\.cnil\.fr\)\.|maturité le permettent\./);
      expect(pages[signing]).toContain('Pour Rebond Lyon');
    }
  });
});
