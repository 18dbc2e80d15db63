/** What the lending methods return: partners, programmes, beneficiaries, handovers, returns and follow-up rows. */
import type {
  AgreementVariant,
  BeneficiaryCategory,
  HandoverKind,
  PartnerKind,
  SimReturnOutcome,
  TargetItem,
} from '../domain/lending';
import type { DeviceState } from '../domain/lifecycle';
import type { SimState } from '../domain/sim-lifecycle';
import type { AppearanceGrade, DeviceKind } from '../domain/values';
import type { ErrorCode, Warning } from '../errors';
import type { EventEntry } from './events';

export interface Partner {
  id: number;
  name: string;
  kind: PartnerKind;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  active: boolean;
}

export interface ProgrammeTarget {
  item: TargetItem;
  target: number;
}

export interface Programme {
  id: number;
  name: string;
  funder: string | null;
  startsOn: string;
  endsOn: string | null;
  defaultKind: HandoverKind;
  /** Default loan duration; null when each handover must give its due date. */
  loanDays: number | null;
  agreementVariant: AgreementVariant;
  targets: ProgrammeTarget[];
  notes: string | null;
}

export interface ProgrammeProgress {
  programme: Programme;
  /** One line per target item, plus any item handed out without a target. */
  items: { item: TargetItem; target: number | null; handedOut: number; stillOut: number }[];
  handovers: number;
  loans: number;
  donations: number;
  /** Distinct people equipped, and distinct partner institutions that received a set. */
  beneficiaries: number;
  institutions: number;
  byCategory: { category: BeneficiaryCategory; beneficiaries: number }[];
}

/**
 * One person referred by a partner. `masked` is true when the caller may not see contact details: the address,
 * phone and email then come back null whatever is stored.
 */
export interface Beneficiary {
  id: number;
  partnerId: number;
  partnerName: string;
  reference: string;
  category: BeneficiaryCategory;
  minor: boolean;
  firstName: string | null;
  lastName: string | null;
  address: string | null;
  /** The legal guardian, or for a child in care the responsible referent of the child-protection service. */
  guardianName: string | null;
  referentName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  consentOn: string | null;
  anonymisedAt: string | null;
  openHandovers: number;
  masked: boolean;
}

export type TermsItem =
  | {
      type: 'device';
      deviceId: number;
      assetTag: string;
      kind: DeviceKind;
      make: string;
      model: string;
      serial: string;
      imei: string;
      grade: AppearanceGrade | null;
    }
  | {
      type: 'sim';
      simId: number;
      iccid: string;
      phoneNumber: string | null;
      operator: string;
      planName: string;
      planDataGb: number | null;
      planValidityDays: number | null;
    };

export type TermsRecipient =
  | {
      type: 'beneficiary';
      beneficiaryId: number;
      reference: string | null;
      firstName: string | null;
      lastName: string | null;
      address: string | null;
      category: BeneficiaryCategory;
      minor: boolean;
      guardianName: string | null;
      guardianRole: 'guardian' | 'care_referent' | null;
    }
  | { type: 'partner'; partnerId: number; name: string; address: string | null; contactName: string | null };

/** The terms agreed at the counter, frozen as they were: the agreement and receipts are printed from this. */
export interface HandoverTerms {
  kind: HandoverKind;
  handedOn: string;
  dueOn: string | null;
  programme: { id: number; name: string; funder: string | null; agreementVariant: AgreementVariant };
  recipient: TermsRecipient;
  referringPartner: { id: number; name: string; referentName: string | null };
  items: TermsItem[];
  accessories: string[];
  /** Set when the person was anonymised: their names and address were removed from these terms too. */
  anonymised?: boolean;
}

export interface HandoverSummary {
  id: number;
  number: string;
  kind: HandoverKind;
  handedOn: string;
  dueOn: string | null;
  /** Set once every item is back, or on the day of a donation. */
  closedOn: string | null;
  recipientType: 'beneficiary' | 'partner';
  beneficiaryId: number | null;
  recipientPartnerId: number | null;
  /** The partner's name, or the beneficiary's reference and name (only the reference once anonymised). */
  recipientLabel: string;
  referringPartner: { id: number; name: string };
  programme: { id: number; name: string };
  itemCount: number;
  openItems: number;
}

export interface ItemReturn {
  returnId: number;
  returnNumber: string;
  returnedOn: string;
  condition: string | null;
  grade: AppearanceGrade | null;
  simOutcome: SimReturnOutcome | null;
}

export interface HandoverItem {
  id: number;
  type: 'device' | 'sim';
  deviceId: number | null;
  simId: number | null;
  /** Asset tag or ICCID. */
  label: string;
  description: string;
  currentStatus: DeviceState | SimState;
  returned: ItemReturn | null;
}

export interface ReturnRecord {
  id: number;
  number: string;
  handoverId: number;
  returnedOn: string;
  itemIds: number[];
  missingAccessories: string[];
  notes: string | null;
  recordedBy: { id: number; name: string };
}

export interface HandoverDetail extends HandoverSummary {
  terms: HandoverTerms;
  items: HandoverItem[];
  returns: ReturnRecord[];
  notes: string | null;
  createdBy: { id: number; name: string };
  createdAt: string;
  /** True when the caller may not see the recipient's address: it was blanked in `terms`. */
  masked: boolean;
}

export interface CheckLine {
  type: 'device' | 'sim';
  id: number;
  label: string;
  description: string;
  problem: { code: ErrorCode; message: string } | null;
}

export interface HandoverCheck {
  ok: boolean;
  lines: CheckLine[];
  warnings: Warning[];
}

/** A warning the counter shows before confirming, with the key its acknowledgement names. */
export interface HandoverWarning extends Warning {
  key: string;
}

export interface HandoverPreview {
  /** No item refused: the confirmation can go ahead once recipient and programme are chosen. */
  ok: boolean;
  lines: CheckLine[];
  warnings: HandoverWarning[];
  /** The terms the confirmation would record: the programme's kind and due date unless given. */
  kind: HandoverKind | null;
  dueOn: string | null;
}

export interface HandoverCreated {
  handover: HandoverDetail;
  warnings: HandoverWarning[];
}

export interface ReturnLookup {
  handover: HandoverDetail;
  /** The open item the scan matched. */
  itemId: number;
}

export interface ReturnCreated {
  return: ReturnRecord;
  handover: HandoverDetail;
}

export interface LoanRow extends HandoverSummary {
  /** Days past the due date; 0 when not yet due. */
  daysOverdue: number;
}

export interface FollowUpGroup {
  id: number;
  name: string;
  loans: number;
  overdue: number;
}

export interface LoanFollowUp {
  asOf: string;
  rows: LoanRow[];
  groups: FollowUpGroup[];
}

export interface SimFollowUpRow {
  simId: number;
  iccid: string;
  phoneNumber: string | null;
  operator: string;
  status: SimState;
  expiresOn: string;
  daysLeft: number;
  handover: { id: number; number: string; recipientLabel: string; partnerName: string; programmeName: string } | null;
}

export interface BeneficiaryExport {
  exportedAt: string;
  beneficiary: Beneficiary;
  handovers: HandoverDetail[];
  events: EventEntry[];
}

export interface AnonymiseReport {
  asOf: string;
  afterMonths: number;
  anonymised: number;
  /** People with a loan handed over before the retention period and still open: kept because of it. */
  keptOpen: number;
}
