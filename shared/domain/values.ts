/** The closed vocabularies of the domain. Each list is the single source for schemas, SQL checks and UI choices. */

export const DEVICE_KINDS = ['laptop', 'desktop', 'tablet', 'phone', 'other'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** Tablets and phones are sanitised as a whole (factory reset with encryption), not drive by drive. */
export const WHOLE_DEVICE_ERASURE_KINDS: readonly DeviceKind[] = ['tablet', 'phone'];

export const OPERATOR_ROLES = ['technician', 'data_security_officer', 'coordinator', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const DONOR_KINDS = ['company', 'foundation', 'public_body', 'individual'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

export const DRIVE_TYPES = ['hdd', 'ssd', 'nvme', 'emmc', 'other'] as const;
export type DriveType = (typeof DRIVE_TYPES)[number];

/** Appearance grade, each site's own A/B/C scale; function is recorded separately. */
export const APPEARANCE_GRADES = ['A', 'B', 'C', 'D'] as const;
export type AppearanceGrade = (typeof APPEARANCE_GRADES)[number];

export const FUNCTIONAL_RESULTS = ['working', 'working_with_defects', 'not_working'] as const;
export type FunctionalResult = (typeof FUNCTIONAL_RESULTS)[number];

/** NIST SP 800-88 sanitisation levels (IEEE 2883 says Destruct for Destroy). */
export const SANITISATION_LEVELS = ['clear', 'purge', 'destroy'] as const;
export type SanitisationLevel = (typeof SANITISATION_LEVELS)[number];

export const ERASURE_TECHNIQUES = [
  'overwrite',
  'ata_secure_erase',
  'nvme_sanitize',
  'crypto_erase',
  'factory_reset',
  'physical_destruction',
] as const;
export type ErasureTechnique = (typeof ERASURE_TECHNIQUES)[number];

export const ERASURE_RESULTS = ['success', 'failed'] as const;
export type ErasureResult = (typeof ERASURE_RESULTS)[number];

export const VERIFICATION_KINDS = ['full', 'sample', 'none'] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

/** What a factory reset must also remove before a tablet or phone may leave. */
export const FACTORY_RESET_CHECKLIST = [
  'encryption_enabled',
  'accounts_removed',
  'activation_lock_off',
  'mdm_removed',
  'sim_and_sd_removed',
  'reset_completed',
] as const;
export type FactoryResetCheck = (typeof FACTORY_RESET_CHECKLIST)[number];

export const DIAGNOSTIC_CHECKS = [
  'power_on',
  'screen',
  'keyboard',
  'touch',
  'battery',
  'charging',
  'wifi',
  'bluetooth',
  'cameras',
  'audio',
  'usb_ports',
  'cellular',
] as const;
export type DiagnosticCheck = (typeof DIAGNOSTIC_CHECKS)[number];

export const DIAGNOSTIC_OUTCOMES = ['pass', 'fail', 'not_applicable'] as const;
export type DiagnosticOutcome = (typeof DIAGNOSTIC_OUTCOMES)[number];

export const REFURBISHMENT_OUTCOMES = ['refurbished', 'beyond_repair', 'parts_only'] as const;
export type RefurbishmentOutcome = (typeof REFURBISHMENT_OUTCOMES)[number];

/** Where a sanitised medium goes, as on the NIST sample certificate. */
export const ERASURE_DESTINATIONS = ['internal_reuse', 'external_reuse', 'recycler', 'manufacturer', 'other'] as const;
export type ErasureDestination = (typeof ERASURE_DESTINATIONS)[number];
