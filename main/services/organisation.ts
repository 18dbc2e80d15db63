import { createHash } from 'node:crypto';
import type { OrganisationIdentity } from '../../shared/contract/documents';
import { logoImage } from '../documents/pdf/logo';
import { TIME_ZONE_SETTING } from '../documents/time-zone';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { write, type Actor } from './unit-of-work';

/** Where each field of the organisation's identity lives in settings (the name is shared with the settings screen). */
const KEYS: Record<keyof OrganisationIdentity, string> = {
  name: 'organisationName',
  address: 'organisationAddress',
  registration: 'organisationRegistration',
  phone: 'organisationPhone',
  email: 'organisationEmail',
  signatoryName: 'signatoryName',
  signatoryTitle: 'signatoryTitle',
  dpoContact: 'organisationDpoContact',
  logo: 'organisationLogo',
  timeZone: TIME_ZONE_SETTING,
};
const FIELDS = Object.keys(KEYS) as (keyof OrganisationIdentity)[];

export function readOrganisation(store: Store): OrganisationIdentity {
  return Object.fromEntries(
    FIELDS.map((field) => [field, store.settings.get(KEYS[field]) || null]),
  ) as unknown as OrganisationIdentity;
}

/** Saves who issues the documents. A logo pdfkit could not draw at once is refused rather than left out of the paper. */
export function updateOrganisation(store: Store, actor: Actor, identity: OrganisationIdentity): OrganisationIdentity {
  return write(store, actor, (tx) => {
    if (identity.logo !== null && logoImage(identity.logo) === null)
      throw new DomainError('logo_unreadable', {}, 'logo');
    for (const field of FIELDS) store.settings.set(KEYS[field], identity[field] ?? '');
    const { logo, ...rest } = identity;
    tx.record('settings', 1, 'organisation.updated', {
      ...rest,
      logoSha256: logo === null ? null : createHash('sha256').update(logo).digest('hex'),
    });
    return readOrganisation(store);
  });
}
