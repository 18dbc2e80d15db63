/**
 * The error codes of access: PIN attempts, required PINs, the browser edition's opening code and sessions.
 * `errors.ts` merges them into the API's closed list; `i18n/catalog/access.ts` gives each its messages.
 */
export const ACCESS_ERROR_CODES = [
  'pin_locked',
  'pin_required_to_sign_in',
  'pin_required_for_role',
  'pin_required_admin',
  'launch_code_invalid',
  'session_ended',
] as const;
export type AccessErrorCode = (typeof ACCESS_ERROR_CODES)[number];
