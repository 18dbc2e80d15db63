import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('handover receipt', () => {
  it('lists a class set of 50 tablets over two clean pages, every asset tag with its erasure proof', () => {
    const tablets = readyTablets(h, d, 50);
    const certified = h.call(d.coord, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'device', ids: [tablets[0] ?? 0] },
    });
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: tablets,
      accessories: Array.from({ length: 50 }, () => 'Chargeur'),
    });
    const { pdf, pages, reference } = issue(h, d.coord, 'receipt', 'handover', handover.id);
    renderPages(pdf, 'doc-receipt-class-set');
    expect(reference).toMatch(/^RCP-2026-\d{6}$/);
    expect(pages).toBe(2);
    const text = plainSpaces(pdfText(pdf));
    const tags = h
      .call(d.coord, 'handovers.get', { id: handover.id })
      .terms.items.map((item) => (item.type === 'device' ? item.assetTag : ''));
    expect(tags).toHaveLength(50);
    for (const tag of tags) expect(text).toContain(tag);
    expect(text).toContain('RÉCÉPISSÉ DE REMISE');
    expect(text).toContain('Équipements remis (50)');
    expect(text).toContain('Chargeur ×50');
    expect(text).toContain('Foyer Les Tilleuls');
    // The first tablet quotes its erasure certificate; the others their verified erasure records.
    expect(text).toContain(certified.reference);
    expect(text.match(/ n° \d+ du \d\d\/\d\d\/\d{4}/g)?.length).toBe(49);
    expect(text).toContain('toutes les données des précédents utilisateurs ont été effacées de chaque appareil');
    // Header row repeated on the second page, and both signature boxes together on the last one.
    const pageTexts = pdfText(pdf).split('\f');
    expect(pageTexts[1]).toContain('d’inventaire');
    expect(pageTexts[1]).toContain('Reçu par');
    expect(pageTexts[1]).toContain('Remis par');
    expect(text).toContain('Page 2 / 2');
  });

  it('names a minor with her guardian and prints the SIM card’s ICCID and number, in English too', () => {
    const laptop = readyLaptop(h, d, 'PF3KX9Q');
    const sim = simWithNumber(h, d, 12, '07 81 23 45 67');
    const person = pupil(h, d, 'EL-2026-201');
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [laptop],
      simIds: [sim],
      accessories: ['Chargeur', 'Souris'],
    });
    const fr = plainSpaces(pdfText(issue(h, d.coord, 'receipt', 'handover', handover.id).pdf));
    // The guardian signs in a box of her own, in the capacity she signs in.
    expect(fr).toContain('Représentant légal Nora Martin en qualité de représentant légal de Léa Martin');
    expect(fr).toContain('Prêt, retour prévu le 16/09/2027');
    expect(fr).toContain('07 81 23 45 67');
    expect(fr).toContain('non applicable');
    const english = issue(h, d.coord, 'receipt', 'handover', handover.id, 'en');
    renderPages(english.pdf, 'doc-receipt-en');
    const en = plainSpaces(pdfText(english.pdf));
    for (const expected of [
      'HANDOVER RECEIPT',
      'Nora Martin acting as legal guardian of Léa Martin',
      'Loan, return due on 16/09/2027',
      'Handed over by',
      'Accessories handed over: Chargeur, Souris.',
    ]) {
      expect(en).toContain(expected);
    }
  });
});
