import { loadCertificate, type CertificateData } from '../certificate/load';
import { renderCertificate } from '../certificate/render';
import { defineKind } from '../kind';

/**
 * The certificate of sanitisation after NIST SP 800-88's sample: who erased, what medium, how, checked how, where it
 * goes next, and the second person's validation; with the SHA-256 of the certified records and a QR code of it.
 * Only for devices whose erasure is proven; a batch gives one PDF with one certificate per device.
 */
export const erasureCertificateKind = defineKind<CertificateData>({
  kind: 'erasure-certificate',
  subjectTypes: ['device', 'batch', 'selection'],
  formats: ['a4'],
  load: (store, subject) => loadCertificate(store, subject),
  render: (context) => renderCertificate(context),
});
