import type { RenderContext } from '../kind';
import type { FramedPdf } from '../pdf/frame';
import { formatDate, formatDateTime } from '../pdf/format';
import type { CertificateData, CertifiedDevice, CertifiedMedium, CertifiedPerson } from './load';
import { mediumLabel } from './medium';

/** What every part of a certificate draws with. */
export type Context = RenderContext<CertificateData> & { doc: PDFKit.PDFDocument; pdf: FramedPdf };

export function unique(values: readonly string[]): string {
  return [...new Set(values.filter(Boolean))].join(', ');
}

export function mediumName(c: Context, item: CertifiedDevice, medium: CertifiedMedium, separator = ' · '): string {
  return mediumLabel(c.t, c.lang, item.device.kind, medium, separator);
}

/** The people who performed (or validated) the given records, once each, in order of appearance. */
export function peopleOf(
  c: Context,
  media: readonly CertifiedMedium[],
  role: 'performer' | 'verifier',
): CertifiedPerson[] {
  const ids = media.flatMap(({ record }) => {
    const who = role === 'performer' ? record.performedBy : record.verifiedBy;
    return who ? [who.id] : [];
  });
  return [...new Set(ids)].flatMap((id) => (c.data.people[id] ? [c.data.people[id]] : []));
}

/** Who a person is on a certificate, after NIST's sample: name, title, organisation, location, phone. */
export function identityRows(c: Context, item: CertifiedDevice | null, people: readonly CertifiedPerson[]): string[] {
  const location = item ? [item.device.siteName, item.siteAddress].filter(Boolean).join('\n') : '';
  return [
    unique(people.map((person) => person.name)),
    unique(people.map((person) => person.jobTitle ?? '')),
    c.organisation.name ?? '',
    location,
    [c.organisation.phone, c.organisation.email].filter(Boolean).join(' · '),
  ];
}

export const lastOf = (values: readonly (string | null)[]): string =>
  values
    .filter((value): value is string => Boolean(value))
    .sort()
    .at(-1) ?? '';

export function performedOn(c: Context, media: readonly CertifiedMedium[]): string {
  const last = lastOf(media.map(({ record }) => record.endedAt));
  return last ? c.t('certificate.dateValue', { date: formatDate(c.lang, last, c.timeZone) }) : '';
}

export function validatedOn(c: Context, media: readonly CertifiedMedium[]): string {
  const last = lastOf(media.map(({ record }) => record.verifiedAt));
  return last ? c.t('certificate.validatedOn', { date: formatDateTime(c.lang, last, c.timeZone) }) : '';
}

/**
 * A fingerprint as the two halves the batch cover prints on two lines. The device page draws the same two words side
 * by side, so that each is shaped once for both (shaping a new word is most of the cost of printing it).
 */
export function fingerprintHalves(sha256: string): [string, string] {
  return [sha256.slice(0, 32), sha256.slice(32)];
}
