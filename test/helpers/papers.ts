import type { ApiSession, Harness } from './api';
import { iccid, readyTablets, type LendingDesk } from './lending';
import { makeReady } from './workshop';

/** Who issues the papers, as an administrator types it in the settings. */
export function setOrganisation(h: Harness, d: LendingDesk): void {
  h.call(d.admin, 'organisation.update', {
    name: 'Rebond Lyon',
    address: '8 rue de l’Épée\n69003 Lyon',
    registration: 'SIRET 123 456 789 00012',
    phone: '04 78 00 00 00',
    email: 'donnees@rebond-lyon.example',
    signatoryName: 'Claire Dupont',
    signatoryTitle: 'Directrice',
    logo: null,
  });
}

/** A SIM card with its phone number, in stock and topped up. */
export function simWithNumber(h: Harness, d: LendingDesk, n: number, phone: string): number {
  const { sims } = h.call(d.coord, 'sims.registerMany', {
    operator: 'Orange',
    planName: 'Mobicarte 20 Go',
    planDataGb: 20,
    planValidityDays: 30,
    cards: [{ iccid: iccid(n), phoneNumber: phone, pin: '1234', puk: '12345678' }],
  });
  const id = sims[0]?.id ?? 0;
  h.call(d.coord, 'sims.topUp', {
    simId: id,
    toppedUpOn: '2026-11-19',
    amountCents: 2000,
    dataGb: 20,
    validityDays: 365,
  });
  return id;
}

/** A fresh ready laptop from the workshop. */
export const readyLaptop = (h: Harness, d: LendingDesk, serial: string, erasedOn?: string) =>
  makeReady(h, d, serial, erasedOn);

export { readyTablets };

/** Generates a document through the API and returns its reference and bytes, as a desk's print button would. */
export function issue(
  h: Harness,
  session: ApiSession,
  kind: 'agreement' | 'donation' | 'receipt' | 'return-receipt',
  type: 'handover' | 'return',
  id: number,
  lang: 'fr' | 'en' = 'fr',
): { reference: string; pdf: Buffer; pages: number } {
  const document = h.call(session, 'documents.generate', { kind, subject: { type, ids: [id] }, lang });
  const { pdfBase64 } = h.call(session, 'documents.reprint', { reference: document.reference });
  return { reference: document.reference, pdf: Buffer.from(pdfBase64, 'base64'), pages: document.pages };
}
