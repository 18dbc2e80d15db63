/**
 * What the counter warns about before a handover is confirmed, beyond the lending warnings, and the refusal of a
 * confirmation that did not acknowledge them. `errors.ts` merges them into the API's closed lists;
 * `i18n/catalog/handover-checks.ts` gives each its French and English message.
 */
export const HANDOVER_ERROR_CODES = ['handover_warnings_not_acknowledged'] as const;
export type HandoverErrorCode = (typeof HANDOVER_ERROR_CODES)[number];

export const HANDOVER_WARNING_CODES = [
  'sim_without_number',
  'due_after_programme_end',
  'item_outside_targets',
  'recipient_has_open_loan',
] as const;
export type HandoverWarningCode = (typeof HANDOVER_WARNING_CODES)[number];
