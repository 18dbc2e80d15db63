import { keyValues, paragraph, section, title } from '../pdf/blocks';
import { formatDate } from '../pdf/format';
import { signatureBlocks, type SignatureBlock } from '../pdf/signatures';
import { table } from '../pdf/table';
import {
  fingerprintHalves,
  identityRows,
  lastOf,
  mediumName,
  peopleOf,
  performedOn,
  unique,
  validatedOn,
  type Context,
} from './context';
import type { CertifiedPerson } from './load';

/** A fingerprint on two lines of 32 hexadecimal digits, so that the summary's column stays narrow. */
const twoLines = (sha256: string) => fingerprintHalves(sha256).join('\n');

function summary(c: Context): void {
  section(c.doc, c.t('certificate.section.coverSummary'), 60);
  table(
    c.doc,
    // Widths in points of the 505-point content width: the fingerprint's two lines of 32 digits must not wrap.
    [
      { header: c.t('certificate.col.index'), width: 20, align: 'right' },
      { header: c.t('certificate.col.tag'), width: 54 },
      { header: c.t('certificate.col.serial'), width: 62 },
      { header: c.t('certificate.col.medium'), width: 66 },
      { header: c.t('certificate.col.method'), width: 64 },
      { header: c.t('certificate.col.verification'), width: 54 },
      { header: c.t('certificate.col.result'), width: 40 },
      { header: c.t('certificate.col.fingerprint'), width: 143 },
    ],
    c.data.devices.map((item, index) => [
      String(index + 1),
      item.device.assetTag,
      item.device.serial || item.device.imei,
      // One part a line, so that every line fits its column and is measured from its width alone.
      item.media.map((medium) => mediumName(c, item, { ...medium, serial: '' }, '\n')).join('\n'),
      item.media
        .map(({ record }) => `${c.t(`level.${record.level}`)}\n${c.t(`technique.${record.technique}`)}`)
        .join('\n'),
      item.media.map(({ record }) => c.t(`verification.${record.verification}`)).join('\n'),
      unique(item.media.map(({ record }) => c.t(`result.${record.result}`))),
      twoLines(item.recordsSha256),
    ]),
    { size: 6.5, zebra: true },
  );
  paragraph(c.doc, c.t('certificate.verifyExplain'), { size: 6.5, muted: true, gapAfter: 2 });
}

function signatures(c: Context, people: readonly CertifiedPerson[], heading: string, date: string): SignatureBlock[] {
  return people.map((person) => ({
    heading,
    lines: [person.name, person.jobTitle ?? '', date].filter(Boolean),
    caption: c.t('pdf.signature'),
  }));
}

/**
 * The first pages of a batch certificate: every device on one line (tag, serial, media, method, verification,
 * result, fingerprint), then who performed and validated, the attestation and their signatures, once for the batch.
 */
export function coverPages(c: Context, batch: string | null, group: string): void {
  const all = c.data.devices.flatMap((item) => item.media);
  const count = c.data.devices.length;
  title(c.doc, c.t('certificate.heading'), c.t('certificate.coverSubtitle', { count, group }));
  const first = c.data.devices[0];
  const firstDay = all.map(({ record }) => record.startedAt).sort()[0] ?? '';
  const lastDay = lastOf(all.map(({ record }) => record.endedAt));
  keyValues(
    c.doc,
    [
      [
        c.t('certificate.source'),
        unique(
          c.data.devices.map(({ device }) =>
            c.t('certificate.sourceValue', { donor: device.donorName, batch: batch ?? device.batchCode }),
          ),
        ),
      ],
      [
        c.t('certificate.location'),
        first ? [first.device.siteName, first.siteAddress].filter(Boolean).join(' — ') : '',
      ],
      [
        c.t('certificate.coverPeriod'),
        firstDay
          ? c.t('certificate.coverPeriodValue', {
              from: formatDate(c.lang, firstDay, c.timeZone),
              to: formatDate(c.lang, lastDay, c.timeZone),
            })
          : '',
      ],
      [c.t('certificate.coverDevices'), c.t('certificate.coverDevicesValue', { count })],
    ],
    { size: 8.5, labelWidth: 130, empty: c.t('pdf.notRecorded') },
  );
  summary(c);

  const performers = peopleOf(c, all, 'performer');
  const verifiers = peopleOf(c, all, 'verifier');
  // The people, the statement and the signatures stay together: a signature never stands alone on a page.
  section(c.doc, c.t('certificate.section.coverPeople'), 300);
  const performer = identityRows(c, first ?? null, performers);
  const validator = identityRows(c, first ?? null, verifiers);
  const empty = c.t('pdf.notRecorded');
  const labels = [
    'certificate.name',
    'certificate.title',
    'certificate.organisation',
    'certificate.location',
    'certificate.phone',
  ] as const;
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
  const verification = unique(all.map(({ record }) => c.t(`verification.${record.verification}`).toLowerCase()));
  paragraph(c.doc, c.t('certificate.coverStatement', { count, group, verification }), { size: 8.5, gapAfter: 4 });
  signatureBlocks(
    c.doc,
    [
      ...signatures(c, performers, c.t('certificate.signedBy'), performedOn(c, all)),
      ...signatures(c, verifiers, c.t('certificate.validatedBy'), validatedOn(c, all)),
    ],
    { signingHeight: 40 },
  );
}
