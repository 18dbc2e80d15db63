/**
 * The error codes of the desk setting (this computer's store, a desk of a hub, or the site's hub itself).
 * `errors.ts` merges them into the API's closed list; `i18n/catalog/desk-setting.ts` gives each its messages.
 */
export const DESK_SETTING_ERROR_CODES = [
  'desk_setting_desktop_only',
  'hub_address_invalid',
  'hub_unreachable',
  'hub_fingerprint_mismatch',
  'listen_address_invalid',
] as const;
export type DeskSettingErrorCode = (typeof DESK_SETTING_ERROR_CODES)[number];
