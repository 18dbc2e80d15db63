/**
 * The error and warning codes of lending and SIM cards. `errors.ts` merges them into the API's closed lists;
 * `i18n/catalog/lending-errors.ts` gives each its French and English message, checked at compile time.
 */
export const LENDING_ERROR_CODES = [
  'guardian_required',
  'duplicate_reference',
  'duplicate_iccid',
  'duplicate_phone_number',
  'partner_inactive',
  'beneficiary_anonymised',
  'loan_open',
  'sim_action_not_allowed',
  'sim_not_in_stock',
  'sim_already_allocated',
  'sim_top_up_not_allowed',
  'device_not_ready',
  'device_already_allocated',
  'handover_item_duplicate',
  'handover_empty',
  'handover_refused',
  'due_date_required',
  'due_date_not_after_handover',
  'date_in_future',
  'no_open_handover',
  'return_mixed_handovers',
  'item_already_returned',
  'item_not_in_handover',
] as const;
export type LendingErrorCode = (typeof LENDING_ERROR_CODES)[number];

export const LENDING_WARNING_CODES = [
  'sim_without_credit',
  'sim_expires_before_due',
  'programme_outside_dates',
] as const;
export type LendingWarningCode = (typeof LENDING_WARNING_CODES)[number];
