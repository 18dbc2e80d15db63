import { defineKind } from '../kind';
import { loadAgreement, renderAgreement, type AgreementData } from './lending/agreement-document';

/** The loan agreement (convention de prêt) of a handover that is a loan. */
export const agreementKind = defineKind<AgreementData>({
  kind: 'agreement',
  subjectTypes: ['handover'],
  formats: ['a4'],
  roles: ['coordinator', 'admin'],
  load: (store, subject, lang) => loadAgreement(store, subject, lang, 'loan'),
  render: renderAgreement,
});
