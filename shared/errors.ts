/** Every error the API can return has a stable code, a translated message and, for bad input, the field. */
import type { LifecycleRefusal } from './domain/lifecycle';
import { ACCESS_ERROR_CODES } from './access-errors';
import { AGREEMENT_ERROR_CODES } from './agreement-errors';
import { STORE_CHECK_ERROR_CODES } from './store-check-errors';
import { API_HOST_ERROR_CODES } from './api-host-errors';
import { HUB_ERROR_CODES } from './hub-errors';
import { DESK_SETTING_ERROR_CODES } from './desk-setting-errors';
import { BACKUP_ERROR_CODES } from './backup-errors';
import { CERTIFICATE_ERROR_CODES } from './certificate-errors';
import { DOCUMENT_ERROR_CODES } from './document-errors';
import { LABEL_ERROR_CODES } from './label-errors';
import { WASTE_ERROR_CODES } from './waste-errors';
import { EXPORT_SAVE_ERROR_CODES } from './export-save-errors';
import { TAX_RECEIPT_ERROR_CODES } from './tax-receipt-errors';
import { IMPORT_ERROR_CODES } from './import-errors';
import { IMPORT_FLOW_ERROR_CODES } from './import-flow-errors';
import { HANDOVER_ERROR_CODES, HANDOVER_WARNING_CODES } from './handover-errors';
import { DRIVE_ERROR_CODES } from './drive-errors';
import { LENDING_ERROR_CODES, LENDING_WARNING_CODES } from './lending-errors';
import { MIGRATION_ERROR_CODES } from './migration-errors';
import { SCAN_ERROR_CODES, SCAN_WARNING_CODES } from './scan-errors';
import { STORAGE_ERROR_CODES } from './storage-errors';
import { TRANSPORT_ERROR_CODES } from './transport-errors';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'unauthorised',
  'no_operator',
  'operator_inactive',
  'wrong_pin',
  'forbidden_role',
  'not_found',
  'duplicate_serial',
  'duplicate_asset_tag',
  'duplicate_imei',
  'duplicate_drive_serial',
  'duplicate_name',
  'identifier_required',
  'imei_invalid',
  'iccid_invalid',
  'phone_invalid',
  'batch_closed',
  'batch_not_sanitised',
  'action_not_allowed_in_state',
  'action_needs_record',
  'guard_erasure_proven',
  'guard_erasure_failed',
  'guard_qc_passed',
  'guard_graded',
  'bulk_refused',
  'erasure_subject_invalid',
  'erasure_already_verified',
  'erasure_not_verifiable',
  'verifier_is_performer',
  'erasure_device_state',
  'refurbishment_device_state',
  'checklist_incomplete',
  'level_technique_mismatch',
  'quality_check_without_refurbishment',
  'last_admin',
  'database_damaged',
  'database_too_new',
  'internal_error',
  ...LENDING_ERROR_CODES,
  ...DOCUMENT_ERROR_CODES,
  ...AGREEMENT_ERROR_CODES,
  ...MIGRATION_ERROR_CODES,
  ...STORAGE_ERROR_CODES,
  ...ACCESS_ERROR_CODES,
  ...BACKUP_ERROR_CODES,
  ...LABEL_ERROR_CODES,
  ...TRANSPORT_ERROR_CODES,
  ...IMPORT_ERROR_CODES,
  ...CERTIFICATE_ERROR_CODES,
  ...STORE_CHECK_ERROR_CODES,
  ...API_HOST_ERROR_CODES,
  ...HUB_ERROR_CODES,
  ...DESK_SETTING_ERROR_CODES,
  ...SCAN_ERROR_CODES,
  ...IMPORT_FLOW_ERROR_CODES,
  ...HANDOVER_ERROR_CODES,
  ...DRIVE_ERROR_CODES,
  ...WASTE_ERROR_CODES,
  ...EXPORT_SAVE_ERROR_CODES,
  ...TAX_RECEIPT_ERROR_CODES,
] as const satisfies readonly string[];
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A lifecycle refusal is an error code too: the lifecycle's reasons must stay within the list above. */
export type RefusalIsErrorCode = LifecycleRefusal extends ErrorCode ? true : never;
export const refusalsAreErrorCodes: RefusalIsErrorCode = true;

export const WARNING_CODES = [
  'imei_checksum',
  'iccid_checksum',
  'serial_seen_before',
  ...LENDING_WARNING_CODES,
  ...SCAN_WARNING_CODES,
  ...HANDOVER_WARNING_CODES,
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type Params = Record<string, string | number | readonly string[]>;

export interface Warning {
  code: WarningCode;
  message: string;
  field?: string;
  params?: Params;
}

/** One device a bulk action could not take, and why. */
export interface Refusal {
  deviceId: number;
  assetTag: string;
  code: ErrorCode;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
  params?: Params;
  refusals?: Refusal[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
