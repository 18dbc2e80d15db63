import type { BeneficiaryCategory, TargetItem } from '../../../shared/domain/lending';
import type { ImpactLine } from '../../../shared/domain/impact-factors';
import type { CountCell } from '../../../shared/domain/small-counts';
import type { DeviceKind } from '../../../shared/domain/values';

/**
 * A programme report's figures, as plain data (for the PDF, the XLSX and the API): people's counts are already
 * protected by the small-counts rule, so nothing downstream can print a 1 to 4.
 */
export interface ProgrammeReport {
  programme: { id: number; name: string; funder: string | null };
  from: string;
  to: string;
  timeZone: string;
  /** ISO instant the figures were read. */
  generatedAt: string;
  targets: { item: TargetItem; target: number | null; handedOut: number }[];
  months: string[];
  byMonth: Record<DeviceKind, number[]>;
  byPartner: { name: string; devices: CountCell; people: CountCell }[];
  byPartnerTotal: { devices: number; people: CountCell };
  byCategory: { category: BeneficiaryCategory; people: CountCell }[];
  peopleTotal: CountCell;
  institutions: number;
  /** Each loan is one person's: protected like people. */
  loans: { open: CountCell; returned: CountCell; overdue: CountCell; lost: CountCell };
  sims: { handedOut: number; topUps: number; topUpCents: number };
  erasure: { devices: number; erased: number; certified: number };
  impact: ImpactLine[];
}
