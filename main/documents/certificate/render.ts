import type { RenderContext } from '../kind';
import { createPdf } from '../pdf/frame';
import type { Context } from './context';
import { coverPages } from './cover';
import { devicePage } from './device-page';
import type { CertificateData } from './load';

/**
 * A device's certificate on its own page, signed by the performer and the validator; a batch's (or a selection's
 * of several devices) opens with a cover summary of every device, signed once, then one page per device
 * (« Appareil 17 / 200 » in its footer) without signature boxes.
 */
export function renderCertificate(context: RenderContext<CertificateData>): Buffer {
  const pdf = createPdf({
    lang: context.lang,
    title: context.t('documentKind.erasure-certificate'),
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation: context.organisation,
    timeZone: context.timeZone,
  });
  const c: Context = { ...context, doc: pdf.doc, pdf };
  const { devices, batchCode } = context.data;
  const grouped = batchCode !== null || devices.length > 1;
  const group =
    batchCode !== null ? c.t('certificate.groupBatch', { batch: batchCode }) : c.t('certificate.groupSelection');
  if (grouped) coverPages(c, batchCode, group);
  devices.forEach((item, index) => {
    if (grouped) pdf.doc.addPage();
    devicePage(c, item, grouped ? { group, index: index + 1, count: devices.length } : null);
  });
  return pdf.finish();
}
