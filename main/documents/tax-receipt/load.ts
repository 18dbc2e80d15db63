import type { TaxReceiptForm } from '../../../shared/contract/tax-receipts';
import type { DocumentSubject } from '../../../shared/domain/documents';
import type { DeviceKind } from '../../../shared/domain/values';
import type { Lang } from '../../../shared/i18n';
import { DomainError } from '../../errors';
import { formFor } from '../../store/repositories/tax-receipts';
import type { Store } from '../../store/store';
import { ELIGIBILITY_SETTING } from '../../services/tax-receipts';
import { readOrganisation } from '../../services/organisation';
import { singleId, type LoadedDocument } from '../kind';

/** Everything a donor's tax receipt prints beyond the organisation's identity: plain data for the render worker. */
export interface TaxReceiptData {
  form: TaxReceiptForm;
  donor: { name: string; siren: string | null; legalForm: string | null; address: string };
  batchCode: string;
  /** The day the goods were received: the date of the gift. */
  givenOn: string;
  goods: { kind: DeviceKind; count: number }[];
  amountCents: number;
  eligibility: string;
  /** The cancelled receipt of the same batch this one replaces. */
  replaces: string | null;
  /** Set only on the copy a cancelled receipt reprints as. */
  cancelled?: { at: string; reason: string };
}

/**
 * Loads a batch's receipt and refuses, naming the field, what the receipt cannot be without: a donor kind with a
 * form (a company or an individual), the value the donor gave, a company's SIREN and legal form, the donor's address,
 * the organisation's name, address and eligibility mention, and at least one device. A batch has one receipt:
 * a second is refused (the first is reprinted).
 */
export function loadTaxReceipt(store: Store, subject: DocumentSubject, _lang: Lang): LoadedDocument<TaxReceiptData> {
  return { data: receiptData(store, singleId(subject), 'issue'), deviceIds: [] };
}

/**
 * The data of a batch's receipt. To issue one (`issue`), a valid receipt for the batch is refused; to draw the
 * cancelled copy of the valid one (`copy`), it is the point. The receipt replaced is the batch's latest cancelled one.
 */
export function receiptData(store: Store, batchId: number, purpose: 'issue' | 'copy'): TaxReceiptData {
  const batch = store.batches.get(batchId);
  if (!batch) throw new DomainError('not_found', { entity: 'entity.batch', ref: String(batchId) }, 'subject.ids');
  const donor = store.people.getDonor(batch.donorId);
  if (!donor) throw new DomainError('not_found', { entity: 'entity.donor', ref: String(batch.donorId) }, 'donorId');
  const form = formFor(donor.kind);
  if (!form) throw new DomainError('tax_receipt_donor_kind', { kind: `donorKind.${donor.kind}` }, 'donorId');
  const issued = store.taxReceipts.issuedFor(batch.id);
  if (issued && purpose === 'issue')
    throw new DomainError('tax_receipt_already_issued', { reference: issued }, 'subject.ids');
  const earlier = store.taxReceipts.forBatch(batch.id).filter((receipt) => receipt.reference !== issued);
  const replaces = earlier.at(-1)?.reference ?? null;
  const valuation = store.taxReceipts.valuation(batch.id);
  if (!valuation) throw new DomainError('tax_receipt_valuation_missing', { batch: batch.code }, 'amountCents');
  const identity = store.taxReceipts.identity(donor.id);
  if (form === '2041-MEC-SD' && !identity?.siren)
    throw new DomainError('tax_receipt_siren_missing', { donor: donor.name }, 'siren');
  if (form === '2041-MEC-SD' && !identity?.legalForm)
    throw new DomainError('tax_receipt_legal_form_missing', { donor: donor.name }, 'legalForm');
  if (!identity?.address) throw new DomainError('tax_receipt_address_missing', { donor: donor.name }, 'address');
  const organisation = readOrganisation(store);
  const missing = [
    ...(organisation.name ? [] : ['taxReceipt.field.organisationName']),
    ...(organisation.address ? [] : ['taxReceipt.field.organisationAddress']),
  ];
  if (missing.length > 0) throw new DomainError('tax_receipt_organisation_incomplete', { missing }, 'organisation');
  const eligibility = store.settings.get(ELIGIBILITY_SETTING);
  if (!eligibility) throw new DomainError('tax_receipt_eligibility_missing', {}, 'mention');
  const goods = store.taxReceipts.goods(batch.id);
  if (goods.length === 0) throw new DomainError('tax_receipt_no_goods', { batch: batch.code }, 'subject.ids');
  return {
    form,
    donor: {
      name: donor.name,
      siren: form === '2041-MEC-SD' ? identity.siren : null,
      legalForm: form === '2041-MEC-SD' ? identity.legalForm : null,
      address: identity.address,
    },
    batchCode: batch.code,
    givenOn: batch.receivedOn,
    goods,
    amountCents: valuation.amountCents,
    eligibility,
    replaces,
  };
}
