import type { DocumentKindName } from '../../shared/domain/documents';
import type { DocumentKind } from './kind';
import { agreementKind } from './kinds/agreement';
import { donationKind } from './kinds/donation';
import { erasureCertificateKind } from './kinds/erasure-certificate';
import { labelsKind } from './kinds/labels';
import { receiptKind } from './kinds/receipt';
import { returnReceiptKind } from './kinds/return-receipt';
import { taxReceiptKind } from './kinds/tax-receipt';

/**
 * Every document Rebond can issue, by kind. A kind missing here is refused with `document_kind_unavailable`;
 * add a kind by writing its file under ./kinds and one line here.
 */
export const DOCUMENT_REGISTRY: Partial<Record<DocumentKindName, DocumentKind>> = {
  'erasure-certificate': erasureCertificateKind,
  labels: labelsKind,
  agreement: agreementKind,
  donation: donationKind,
  receipt: receiptKind,
  'return-receipt': returnReceiptKind,
  'tax-receipt': taxReceiptKind,
};
