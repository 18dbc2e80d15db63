import type { taxReceiptsContract } from '../../../shared/contract/tax-receipts';
import type { HandlersFor } from '../dispatch';
import {
  batchTaxReceipt,
  readEligibility,
  saveDonorIdentity,
  saveEligibility,
  setValuation,
  yearTotals,
} from '../../services/tax-receipts';
import { cancelTaxReceipt } from '../../services/tax-receipt-cancellation';

export const taxReceiptsHandlers: HandlersFor<typeof taxReceiptsContract> = {
  'taxReceipts.setValuation': (input, { store, actor }) => setValuation(store, actor, input),
  'taxReceipts.saveDonorIdentity': (input, { store, actor }) => saveDonorIdentity(store, actor, input),
  'taxReceipts.forBatch': (input, { store }) => batchTaxReceipt(store, input.batchId),
  'taxReceipts.eligibility': (_input, { store }) => readEligibility(store),
  'taxReceipts.saveEligibility': (input, { store, actor }) => saveEligibility(store, actor, input),
  'taxReceipts.cancel': (input, { store, actor }) => cancelTaxReceipt(store, actor, input),
  'taxReceipts.yearTotals': (input, { store }) => yearTotals(store, input.year),
};
