import type { DocumentFormat, DocumentKindName, DocumentSubjectType } from '../../../domain/documents';
import { defineMessages } from '../../define';

/** Names of document kinds, subjects and formats; the page frame every document shares. */
export const documentKindMessages = defineMessages({
  fr: {
    'documentKind.erasure-certificate': 'Certificat d’effacement',
    'documentKind.labels': 'Étiquettes',
    'documentKind.agreement': 'Convention de prêt',
    'documentKind.donation': 'Attestation de don',
    'documentKind.receipt': 'Récépissé de remise',
    'documentKind.return-receipt': 'Récépissé de retour',
    'documentKind.tax-receipt': 'Reçu fiscal',
    'documentSubject.device': 'un appareil',
    'documentSubject.batch': 'un lot',
    'documentSubject.selection': 'une sélection d’appareils',
    'documentSubject.handover': 'une remise',
    'documentSubject.return': 'un retour',
    'documentFormat.a4': 'A4',
    'documentFormat.a4-3x8': 'Planche A4 de 3 × 8 étiquettes 70 × 37 mm',
    'documentFormat.roll-62': 'Rouleau 62 mm (Brother QL)',
    'documentFormat.dymo-54x25': 'Étiquette Dymo 54 × 25 mm',
    'entity.document': 'Document',
    'pdf.page': 'Page {page} / {pages}',
    'pdf.reference': 'Réf. {reference}',
    'pdf.issuedOn': 'Établi le {date}',
    'pdf.registration': 'N° d’immatriculation : {registration}',
    'pdf.signature': 'Signature',
    'pdf.name': 'Nom',
    'pdf.date': 'Date',
    'pdf.notRecorded': 'Non renseigné',
    'pdf.continued': '(suite)',
  } satisfies Record<
    | `documentKind.${DocumentKindName}`
    | `documentSubject.${DocumentSubjectType}`
    | `documentFormat.${DocumentFormat}`
    | `${string}.${string}`,
    string
  >,
  en: {
    'documentKind.erasure-certificate': 'Erasure certificate',
    'documentKind.labels': 'Labels',
    'documentKind.agreement': 'Loan agreement',
    'documentKind.donation': 'Donation certificate',
    'documentKind.receipt': 'Handover receipt',
    'documentKind.return-receipt': 'Return receipt',
    'documentKind.tax-receipt': 'Tax receipt',
    'documentSubject.device': 'a device',
    'documentSubject.batch': 'a batch',
    'documentSubject.selection': 'a selection of devices',
    'documentSubject.handover': 'a handover',
    'documentSubject.return': 'a return',
    'documentFormat.a4': 'A4',
    'documentFormat.a4-3x8': 'A4 sheet of 3 × 8 labels 70 × 37 mm',
    'documentFormat.roll-62': '62 mm roll (Brother QL)',
    'documentFormat.dymo-54x25': 'Dymo label 54 × 25 mm',
    'entity.document': 'Document',
    'pdf.page': 'Page {page} / {pages}',
    'pdf.reference': 'Ref. {reference}',
    'pdf.issuedOn': 'Issued on {date}',
    'pdf.registration': 'Registration no. {registration}',
    'pdf.signature': 'Signature',
    'pdf.name': 'Name',
    'pdf.date': 'Date',
    'pdf.notRecorded': 'Not recorded',
    'pdf.continued': '(continued)',
  },
});
