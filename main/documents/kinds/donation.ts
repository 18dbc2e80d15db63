import { defineKind } from '../kind';
import { loadAgreement, renderAgreement, type AgreementData } from './lending/agreement-document';

/** The donation attestation (attestation de don) of a handover that is a donation: ownership passes, nothing returns. */
export const donationKind = defineKind<AgreementData>({
  kind: 'donation',
  subjectTypes: ['handover'],
  formats: ['a4'],
  roles: ['coordinator', 'admin'],
  load: (store, subject, lang) => loadAgreement(store, subject, lang, 'donation'),
  render: renderAgreement,
});
