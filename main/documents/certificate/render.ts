import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { OperatorRole } from '../../../shared/domain/values';
import type { RenderContext } from '../kind';
import { createPdf } from '../pdf/frame';
import { contentLeft, contentWidth, ensureSpace, keyValues, paragraph, section, title } from '../pdf/blocks';
import { drawQr } from '../pdf/barcodes';
import { FONT } from '../pdf/fonts';
import { formatDate, formatDateTime, formatNumber } from '../pdf/format';
import { signatureBlocks } from '../pdf/signatures';
import { table } from '../pdf/table';
import { COLOURS } from '../pdf/units';
import type { CertificateData, CertifiedDevice, CertifiedMedium } from './load';

type Context = RenderContext<CertificateData> & { doc: PDFKit.PDFDocument };

const ROLE_ORDER: readonly OperatorRole[] = ['data_security_officer', 'technician', 'coordinator', 'admin'];

function titleOf(c: Context, roles: readonly OperatorRole[] | undefined): string {
  const role = ROLE_ORDER.find((candidate) => roles?.includes(candidate));
  if (!role) return '';
  const text = c.t(`role.${role}`);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(values: readonly string[]): string {
  return [...new Set(values.filter(Boolean))].join(', ');
}

function mediumName(c: Context, item: CertifiedDevice, medium: CertifiedMedium): string {
  const type = medium.driveType ? c.t(`driveType.${medium.driveType}`) : c.t('certificate.wholeDevice', { kind: c.t(`kind.${item.device.kind}`) });
  const capacity = medium.capacityGb === null ? '' : c.t('certificate.capacity', { capacity: formatNumber(c.lang, medium.capacityGb) });
  return [type, capacity, medium.serial ? c.t('certificate.serialShort', { serial: medium.serial }) : ''].filter(Boolean).join('\n');
}

function technique(c: Context, record: ErasureRecord): string {
  const name = c.t(`technique.${record.technique}`);
  return record.passes ? c.t('certificate.passes', { technique: name, passes: formatNumber(c.lang, record.passes) }) : name;
}

function person(c: Context, item: CertifiedDevice): void {
  const performers = item.media.map(({ record }) => record.performedBy);
  section(c.doc, c.t('certificate.section.person'));
  keyValues(c.doc, [
    [c.t('certificate.name'), unique(performers.map((p) => p.name))],
    [c.t('certificate.title'), unique(performers.map((p) => titleOf(c, item.roles[p.id])))],
    [c.t('certificate.organisation'), c.organisation.name],
    [c.t('certificate.location'), [item.device.siteName, item.siteAddress].filter(Boolean).join(' — ')],
    [c.t('certificate.phone'), [c.organisation.phone, c.organisation.email].filter(Boolean).join(' · ')],
  ], { empty: c.t('pdf.notRecorded'), labelWidth: 120 });
}

function media(c: Context, item: CertifiedDevice): void {
  const { device } = item;
  section(c.doc, c.t('certificate.section.media'));
  keyValues(c.doc, [
    [c.t('certificate.make'), device.make],
    [c.t('certificate.model'), device.model],
    [c.t('certificate.serial'), device.serial],
    [c.t('certificate.imei'), [device.imei, device.imei2].filter(Boolean).join(', ')],
    [c.t('certificate.assetTag'), device.assetTag],
    [c.t('certificate.mediaType'), c.t(`kind.${device.kind}`)],
    [c.t('certificate.source'), c.t('certificate.sourceValue', { donor: device.donorName, batch: device.batchCode })],
    [c.t('certificate.classification'), c.t('certificate.classificationValue')],
  ], { columns: 2, empty: c.t('pdf.notRecorded') });
}

function sanitisation(c: Context, item: CertifiedDevice): void {
  section(c.doc, c.t('certificate.section.sanitisation'), 90);
  table(
    c.doc,
    [
      { header: c.t('certificate.col.medium'), width: 2.3 },
      { header: c.t('certificate.col.method'), width: 1.3 },
      { header: c.t('certificate.col.technique'), width: 1.7 },
      { header: c.t('certificate.col.tool'), width: 1.5 },
      { header: c.t('certificate.col.verification'), width: 1.2 },
      { header: c.t('certificate.col.completed'), width: 1.3 },
    ],
    item.media.map((medium) => [
      mediumName(c, item, medium),
      c.t(`level.${medium.record.level}`),
      technique(c, medium.record),
      [medium.record.tool, medium.record.toolVersion].filter(Boolean).join(' '),
      c.t(`verification.${medium.record.verification}`),
      formatDateTime(c.lang, medium.record.endedAt, c.timeZone),
    ]),
  );
  const details = item.media.flatMap(({ record }) => [
    ...(record.checklist.length > 0 ? [c.t('certificate.checklist', { checks: record.checklist.map((check) => `✓ ${c.t(`check.${check}`)}`).join(' · ') })] : []),
    ...(record.evidenceSha256 ? [c.t('certificate.evidence', { sha256: record.evidenceSha256 })] : []),
    ...(record.notes ? [record.notes] : []),
  ]);
  if (details.length > 0) paragraph(c.doc, details.join('\n'), { size: 8, muted: true });
  keyValues(c.doc, [
    [c.t('certificate.destination'), unique(item.media.map(({ record }) => c.t(`destination.${record.destination}`)))],
  ], { labelWidth: 160 });
}

function attestation(c: Context, item: CertifiedDevice): void {
  const performers = unique(item.media.map(({ record }) => record.performedBy.name));
  const verifiers = item.media.flatMap(({ record }) => (record.verifiedBy ? [record] : []));
  section(c.doc, c.t('certificate.section.attestation'), 150);
  paragraph(c.doc, c.t('certificate.statement', { performer: performers, assetTag: item.device.assetTag }));
  const lastEnd = item.media.map(({ record }) => record.endedAt).sort().at(-1) ?? '';
  const lastCheck = verifiers.map((record) => record.verifiedAt ?? '').sort().at(-1) ?? '';
  const verifier = verifiers[0]?.verifiedBy;
  signatureBlocks(c.doc, [
    {
      heading: c.t('certificate.signedBy'),
      lines: [performers, titleOf(c, item.roles[item.media[0]?.record.performedBy.id ?? 0]), c.t('certificate.dateValue', { date: formatDate(c.lang, lastEnd, c.timeZone) })],
      caption: c.t('pdf.signature'),
    },
    {
      heading: c.t('certificate.validatedBy'),
      lines: [
        unique(verifiers.map((record) => record.verifiedBy?.name ?? '')),
        titleOf(c, verifier ? item.roles[verifier.id] : undefined),
        c.t('certificate.validatedOn', { date: formatDateTime(c.lang, lastCheck, c.timeZone) }),
      ],
      caption: c.t('pdf.signature'),
    },
  ], { signingHeight: 40 });
}

function verification(c: Context, item: CertifiedDevice): void {
  const size = 66;
  ensureSpace(c.doc, size + 30);
  section(c.doc, c.t('certificate.section.verify'), size);
  const y = c.doc.y;
  const left = contentLeft(c.doc);
  drawQr(c.doc, `REBOND|${c.reference}|${item.device.assetTag}|${item.recordsSha256}`, left + contentWidth(c.doc) - size, y, size);
  const width = contentWidth(c.doc) - size - 12;
  c.doc.font(FONT.regular).fontSize(8.5).fillColor(COLOURS.text);
  c.doc.text(c.t('certificate.verifyReference', { reference: c.reference, assetTag: item.device.assetTag }), left, y, { width });
  c.doc.moveDown(0.3).font(FONT.regular).fillColor(COLOURS.muted).text(c.t('certificate.verifyHashLabel'), { width });
  c.doc.font(FONT.bold).fillColor(COLOURS.text).fontSize(8).text(item.recordsSha256, { width, characterSpacing: 0.2 });
  c.doc.moveDown(0.3).font(FONT.regular).fontSize(7.5).fillColor(COLOURS.muted).text(c.t('certificate.verifyExplain'), { width });
  c.doc.y = Math.max(c.doc.y, y + size) + 4;
  c.doc.fillColor(COLOURS.text);
}

/** One certificate per device, each starting on its own page, in one PDF. */
export function renderCertificate(context: RenderContext<CertificateData>): Buffer {
  const { doc, finish } = createPdf({
    lang: context.lang,
    title: context.t('documentKind.erasure-certificate'),
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation: context.organisation,
    timeZone: context.timeZone,
  });
  const c: Context = { ...context, doc };
  const count = context.data.devices.length;
  context.data.devices.forEach((item, index) => {
    if (index > 0) doc.addPage();
    const subtitle = context.data.batchCode
      ? c.t('certificate.subtitleBatch', { index: index + 1, count, batch: context.data.batchCode, assetTag: item.device.assetTag })
      : c.t('certificate.subtitle', { assetTag: item.device.assetTag });
    title(doc, c.t('certificate.heading'), subtitle);
    person(c, item);
    media(c, item);
    sanitisation(c, item);
    attestation(c, item);
    verification(c, item);
  });
  return finish();
}
