import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, readyLaptop, readyTablets, setOrganisation, simWithNumber } from '../../helpers/papers';
import { padDataUrl } from '../../helpers/signature-png';
import { pdfImages, pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.close());

describe('return receipt', () => {
  it('lists the items returned with their condition, the missing accessories, the notes and what is still out', () => {
    const person = pupil(h, d, 'EL-2026-077');
    const [tablet] = readyTablets(h, d, 1);
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [readyLaptop(h, d, 'RET001'), tablet ?? 0],
      simIds: [simWithNumber(h, d, 5, '06 98 76 54 32')],
      accessories: ['Chargeur', 'Housse', 'Souris'],
    });
    const laptopItem = handover.items.find((item) => item.type === 'device' && item.deviceId !== tablet);
    const simItem = handover.items.find((item) => item.type === 'sim');
    const back = h.call(d.tech, 'returns.create', {
      items: [
        { itemId: laptopItem?.id ?? 0, condition: 'Écran rayé, coque fendue à l’angle', grade: 'C' },
        { itemId: simItem?.id ?? 0, condition: null, simOutcome: 'deactivate' },
      ],
      missingAccessories: ['Chargeur', 'Souris'],
      notes: 'Rendu par la mère de l’élève, à la demande du collège.',
    });
    const returnSubject = { type: 'return' as const, handoverId: handover.id, returnId: back.return.id };
    h.call(d.tech, 'signatures.save', {
      subject: returnSubject,
      signer: 'receiver',
      mode: 'drawn',
      dataUrl: padDataUrl(),
    });
    h.call(d.tech, 'signatures.save', {
      subject: returnSubject,
      signer: 'staff',
      mode: 'drawn',
      dataUrl: padDataUrl(2),
    });

    const { pdf, reference } = issue(h, d.tech, 'return-receipt', 'return', back.return.id);
    renderPages(pdf, 'doc-return-receipt-fr');
    expect(reference).toMatch(/^RET-2026-\d{6}$/);
    const text = plainSpaces(pdfText(pdf));
    for (const expected of [
      'RÉCÉPISSÉ DE RETOUR',
      `Retour ${back.return.number} · remise ${handover.number} du 20/11/2026`,
      'Équipements rendus (1)',
      laptopItem?.label ?? '?',
      'retour à l’effacement',
      // The SIM card under its own heading, its ICCID and number under « ICCID et numéro ».
      'Cartes SIM rendues (1)',
      'ICCID et numéro',
      '06 98 76 54 32',
      simItem?.label ?? '?',
      'Écran rayé, coque fendue à l’angle',
      'Désactivée',
      'Accessoires manquants Chargeur, Souris',
      'Rendu par la mère de l’élève, à la demande du collège.',
      `Restent à rendre : ${handover.items.find((item) => item.deviceId === tablet)?.label ?? '?'}.`,
      'Retour reçu par',
      'Théo Technicien',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfImages(pdf)).toHaveLength(2);
    // The handover's own signatures are not the return's.
    expect(pdfImages(issue(h, d.coord, 'receipt', 'handover', handover.id).pdf)).toHaveLength(0);

    const rest = h.call(d.tech, 'returns.create', {
      items: [{ itemId: handover.items.find((item) => item.deviceId === tablet)?.id ?? 0, condition: 'Bon état' }],
    });
    const english = issue(h, d.tech, 'return-receipt', 'return', rest.return.id, 'en');
    renderPages(english.pdf, 'doc-return-receipt-en');
    const en = plainSpaces(pdfText(english.pdf));
    for (const expected of [
      'RETURN RECEIPT',
      'Every item of the handover is back: the loan is closed.',
      'No missing accessories.',
      'No notes.',
    ]) {
      expect(en).toContain(expected);
    }
  });

  it('refuses a return signature for a return of another handover', () => {
    const { handover: first } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: readyTablets(h, d, 1, 'A'),
    });
    const { handover: second } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: readyTablets(h, d, 1, 'B'),
    });
    const back = h.call(d.tech, 'returns.create', { items: [{ itemId: first.items[0]?.id ?? 0, condition: null }] });
    const error = h.refuse(d.tech, 'signatures.save', {
      subject: { type: 'return', handoverId: second.id, returnId: back.return.id },
      signer: 'receiver',
      mode: 'paper',
    });
    expect(error.code).toBe('return_not_in_handover');
    expect(error.message).toContain(second.number);
  });
});
