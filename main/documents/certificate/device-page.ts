import type { ErasureRecord } from '../../../shared/contract/erasure';
import { COMMAND_TECHNIQUES, OS_VERSION_TECHNIQUES } from '../../../shared/domain/sanitisation';
import { drawQr } from '../pdf/barcodes';
import { contentLeft, contentWidth, ensureSpace, keyValues, paragraph, section, title } from '../pdf/blocks';
import { FONT } from '../pdf/fonts';
import { formatDateTime, formatNumber } from '../pdf/format';
import { signatureBlocks } from '../pdf/signatures';
import { table } from '../pdf/table';
import { COLOURS } from '../pdf/units';
import {
  fingerprintHalves,
  identityRows,
  mediumName,
  peopleOf,
  performedOn,
  unique,
  validatedOn,
  type Context,
} from './context';
import type { CertifiedDevice, CertifiedMedium } from './load';

/** Where the device sits in a batch certificate; null for a certificate of its own. */
export interface BatchPlace {
  /** « lot B-2026-0001 » or « sélection de 3 appareils ». */
  group: string;
  index: number;
  count: number;
}

/** An excerpt of a pasted tool report: the whole of it is in Rebond's register. */
const EVIDENCE_EXCERPT = 360;
/** The label column of one-column rows, the same as that of the two-column blocks above them. */
const DETAIL_LABEL_WIDTH = 103;

function technique(c: Context, record: ErasureRecord): string {
  const name = c.t(`technique.${record.technique}`);
  return record.passes
    ? c.t('certificate.passes', { technique: name, passes: formatNumber(c.lang, record.passes) })
    : name;
}

function people(c: Context, item: CertifiedDevice): void {
  section(c.doc, c.t('certificate.section.people'), 70);
  const performer = identityRows(c, item, peopleOf(c, item.media, 'performer'));
  const validator = identityRows(c, item, peopleOf(c, item.media, 'verifier'));
  const labels = [
    'certificate.name',
    'certificate.title',
    'certificate.organisation',
    'certificate.location',
    'certificate.phone',
  ] as const;
  const empty = c.t('pdf.notRecorded');
  table(
    c.doc,
    [
      { header: '', width: 1 },
      { header: c.t('certificate.signedBy'), width: 2.4 },
      { header: c.t('certificate.validatedBy'), width: 2.4 },
    ],
    labels.map((label, index) => [c.t(label), performer[index] || empty, validator[index] || empty]),
    { size: 8 },
  );
}

function media(c: Context, item: CertifiedDevice): void {
  const { device } = item;
  section(c.doc, c.t('certificate.section.media'));
  keyValues(
    c.doc,
    [
      [c.t('certificate.make'), device.make],
      [c.t('certificate.model'), device.model],
      [c.t('certificate.serial'), device.serial],
      [c.t('certificate.imei'), [device.imei, device.imei2].filter(Boolean).join(', ')],
      [c.t('certificate.assetTag'), device.assetTag],
      [c.t('certificate.mediaType'), c.t(`kind.${device.kind}`)],
      [c.t('certificate.source'), c.t('certificate.sourceValue', { donor: device.donorName, batch: device.batchCode })],
      [c.t('certificate.classification'), c.t('certificate.classificationValue')],
    ],
    { columns: 2, empty: c.t('pdf.notRecorded'), size: 8.5 },
  );
}

function evidence(c: Context, record: ErasureRecord): string {
  const text = record.evidenceText?.replace(/\s+/g, ' ').trim() ?? '';
  const excerpt = text.length > EVIDENCE_EXCERPT ? `${text.slice(0, EVIDENCE_EXCERPT)}…` : text;
  return [excerpt, record.evidenceSha256 ? c.t('certificate.evidenceSha', { sha256: record.evidenceSha256 }) : '']
    .filter(Boolean)
    .join('\n');
}

/** Each medium's own facts, under its name when there are several: backup, classification, command, proof, notes. */
function mediumDetails(c: Context, item: CertifiedDevice, medium: CertifiedMedium): void {
  const { record } = medium;
  const empty = c.t('pdf.notRecorded');
  if (item.media.length > 1) {
    c.doc.font(FONT.bold).fontSize(8.5).fillColor(COLOURS.text);
    c.doc.text(c.t('certificate.mediumDetails', { medium: mediumName(c, item, medium) }), contentLeft(c.doc), c.doc.y, {
      width: contentWidth(c.doc),
    });
    c.doc.y += 2;
  }
  const backup = record.backup ? c.t(`backup.${record.backup}`) : null;
  keyValues(
    c.doc,
    [
      [
        c.t('certificate.backup'),
        backup && record.backupLocation
          ? c.t('certificate.backupWhere', { answer: backup, location: record.backupLocation })
          : backup,
      ],
      [c.t('certificate.classificationAfter'), record.classificationAfter],
      ...(COMMAND_TECHNIQUES.includes(record.technique) ? [[c.t('certificate.command'), record.command] as const] : []),
      ...(OS_VERSION_TECHNIQUES.includes(record.technique)
        ? [[c.t('certificate.osVersion'), record.osVersion] as const]
        : []),
      ...(record.checklist.length > 0
        ? [
            [
              c.t('certificate.checklistLabel'),
              record.checklist.map((check) => `✓ ${c.t(`check.${check}`)}`).join(' · '),
            ] as const,
          ]
        : []),
      [c.t('certificate.evidenceReport'), evidence(c, record)],
      ...(record.notes ? [[c.t('certificate.notes'), record.notes] as const] : []),
      ...(record.verificationNotes ? [[c.t('certificate.verificationNotes'), record.verificationNotes] as const] : []),
    ],
    { empty, size: 8, labelWidth: DETAIL_LABEL_WIDTH },
  );
}

function sanitisation(c: Context, item: CertifiedDevice): void {
  section(c.doc, c.t('certificate.section.sanitisation'), 90);
  table(
    c.doc,
    [
      { header: c.t('certificate.col.medium'), width: 2.3 },
      { header: c.t('certificate.col.method'), width: 1.1 },
      { header: c.t('certificate.col.technique'), width: 1.6 },
      { header: c.t('certificate.col.tool'), width: 1.5 },
      { header: c.t('certificate.col.verification'), width: 1.3 },
      { header: c.t('certificate.col.completed'), width: 1.3 },
    ],
    item.media.map((medium) => [
      mediumName(c, item, medium, '\n'),
      c.t(`level.${medium.record.level}`),
      technique(c, medium.record),
      [medium.record.tool, medium.record.toolVersion].filter(Boolean).join(' '),
      c.t(`verification.${medium.record.verification}`),
      // Day and time on two lines, as the narrow column would break them anyway: measured from its width alone.
      formatDateTime(c.lang, medium.record.endedAt, c.timeZone).replace(' ', '\n'),
    ]),
    { size: 8 },
  );
  for (const medium of item.media) mediumDetails(c, item, medium);
  keyValues(
    c.doc,
    [
      [
        c.t('certificate.mediaDestination'),
        unique(item.media.map(({ record }) => c.t(`destination.${record.destination}`))),
      ],
    ],
    { labelWidth: DETAIL_LABEL_WIDTH, size: 8 },
  );
}

const QR_SIZE = 64;

/** Draws `draw` as if the page's content ended `reserved` points before its right margin (room for the QR code). */
function besideRightColumn(c: Context, reserved: number, draw: () => void): void {
  const margins = c.doc.page.margins;
  c.doc.page.margins = { ...margins, right: margins.right + reserved };
  try {
    draw();
  } finally {
    c.doc.page.margins = margins;
  }
}

/**
 * The statement; the signatures (or, in a batch, where they are) beside the QR code of the reference, the asset
 * tag and the fingerprint; then the fingerprint itself and how to check it.
 */
function attestation(c: Context, item: CertifiedDevice, place: BatchPlace | null): void {
  const performers = peopleOf(c, item.media, 'performer');
  const verifiers = peopleOf(c, item.media, 'verifier');
  section(c.doc, c.t('certificate.section.attestationProof'), place ? 110 : 160);
  paragraph(
    c.doc,
    c.t('certificate.statement', { performer: unique(performers.map((p) => p.name)), assetTag: item.device.assetTag }),
    { size: 8.5, gapAfter: 4 },
  );
  ensureSpace(c.doc, (place ? QR_SIZE : 96) + 40);
  const top = c.doc.y;
  const left = contentLeft(c.doc);
  const width = contentWidth(c.doc);
  drawQr(
    c.doc,
    `REBOND|${c.reference}|${item.device.assetTag}|${item.recordsSha256}`,
    left + width - QR_SIZE,
    top,
    QR_SIZE,
  );
  besideRightColumn(c, QR_SIZE + 12, () => {
    if (place) {
      paragraph(c.doc, c.t('certificate.signedOnCover', { reference: c.reference, group: place.group }), {
        size: 8,
        muted: true,
        gapAfter: 2,
      });
      return;
    }
    signatureBlocks(
      c.doc,
      [
        {
          heading: c.t('certificate.signedBy'),
          lines: [
            unique(performers.map((p) => p.name)),
            unique(performers.map((p) => p.jobTitle ?? '')),
            performedOn(c, item.media),
          ].filter(Boolean),
          caption: c.t('pdf.signature'),
        },
        {
          heading: c.t('certificate.validatedBy'),
          lines: [
            unique(verifiers.map((p) => p.name)),
            unique(verifiers.map((p) => p.jobTitle ?? '')),
            validatedOn(c, item.media),
          ].filter(Boolean),
          caption: c.t('pdf.signature'),
        },
      ],
      { signingHeight: 26 },
    );
  });
  c.doc.y = Math.max(c.doc.y, top + QR_SIZE + 4);
  c.doc.font(FONT.regular).fontSize(8).fillColor(COLOURS.text);
  c.doc.text(
    c.t('certificate.verifyReference', { reference: c.reference, assetTag: item.device.assetTag }),
    left,
    c.doc.y,
    { width },
  );
  c.doc.fillColor(COLOURS.muted).text(c.t('certificate.verifyHashLabel'), left, c.doc.y, { width });
  const [head, tail] = fingerprintHalves(item.recordsSha256);
  c.doc.font(FONT.bold).fillColor(COLOURS.text).text(head, { continued: true }).text(tail);
  // A batch explains the fingerprints once, on its cover.
  if (!place)
    c.doc
      .moveDown(0.15)
      .font(FONT.regular)
      .fontSize(6.5)
      .fillColor(COLOURS.muted)
      .text(c.t('certificate.verifyExplain'), left, c.doc.y, { width });
  c.doc.fillColor(COLOURS.text);
}

/**
 * One device's certificate, from the top of a page: people, media, sanitisation of each medium, attestation, and the
 * fingerprint with its QR code. In a batch, the signatures are on the cover and the footer says which device it is.
 */
export function devicePage(c: Context, item: CertifiedDevice, place: BatchPlace | null): void {
  const note = place ? c.t('certificate.footerDevice', { index: place.index, count: place.count }) : null;
  const subtitle = place
    ? c.t('certificate.subtitleBatchDevice', {
        group: place.group,
        index: place.index,
        count: place.count,
        assetTag: item.device.assetTag,
      })
    : c.t('certificate.subtitle', { assetTag: item.device.assetTag });
  if (note) c.pdf.notePage(note);
  title(c.doc, c.t('certificate.heading'), subtitle);
  people(c, item);
  media(c, item);
  sanitisation(c, item);
  attestation(c, item, place);
  // A device whose media did not fit on one page: its last page says which device it is too.
  if (note) c.pdf.notePage(note);
}
