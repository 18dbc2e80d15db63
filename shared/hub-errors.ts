/**
 * The error codes of the hub (several desks, one site): pairing, desk credentials, passwords, stations.
 * `errors.ts` merges them into the API's closed list; `i18n/catalog/hub.ts` gives each its messages.
 */
export const HUB_ERROR_CODES = [
  'desk_unpaired',
  'pairing_code_invalid',
  'password_required',
  'wrong_password',
  'password_locked',
  'password_forbidden',
  'station_unauthorised',
  'station_file_refused',
] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];
