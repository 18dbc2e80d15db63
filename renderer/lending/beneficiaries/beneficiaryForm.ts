import type { Input } from '../../../shared/contract';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import type { BeneficiaryCategory } from '../../../shared/domain/lending';
import { formatPhone } from '../../../shared/format';

/** What the beneficiary dialog edits, as typed. */
export interface BeneficiaryDraft {
  partnerId: string;
  reference: string;
  category: BeneficiaryCategory;
  minor: boolean;
  firstName: string;
  lastName: string;
  guardianName: string;
  referentName: string;
  address: string;
  contactPhone: string;
  contactEmail: string;
  consentOn: string;
}

export function draftOf(person: Beneficiary | null): BeneficiaryDraft {
  return {
    partnerId: person ? String(person.partnerId) : '',
    reference: person?.reference ?? '',
    category: person?.category ?? 'pupil',
    minor: person?.minor ?? true,
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    guardianName: person?.guardianName ?? '',
    referentName: person?.referentName ?? '',
    address: person?.address ?? '',
    contactPhone: formatPhone(person?.contactPhone),
    contactEmail: person?.contactEmail ?? '',
    consentOn: person?.consentOn ?? '',
  };
}

/** The contract's input; the partner must have been chosen (the dialog checks it first). */
export function inputOf(draft: BeneficiaryDraft, partnerId: number): Input<'beneficiaries.create'> {
  return {
    partnerId,
    reference: draft.reference,
    category: draft.category,
    minor: draft.minor,
    firstName: draft.firstName,
    lastName: draft.lastName,
    guardianName: draft.minor ? draft.guardianName : '',
    referentName: draft.referentName,
    address: draft.address,
    contactPhone: draft.contactPhone,
    contactEmail: draft.contactEmail,
    consentOn: draft.consentOn === '' ? null : draft.consentOn,
  };
}
