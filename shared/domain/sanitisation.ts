import type { ErasureTechnique } from './values';

/** NIST SP 800-88's "data backed up": whether a copy of the medium's data was made before sanitisation. */
export const BACKUP_STATES = ['yes', 'no', 'unknown'] as const;
export type BackupState = (typeof BACKUP_STATES)[number];

/** Erasures run by the drive's own firmware: the command sent (hdparm, nvme-cli) belongs on the certificate. */
export const COMMAND_TECHNIQUES: readonly ErasureTechnique[] = ['ata_secure_erase', 'nvme_sanitize', 'crypto_erase'];

/** Erasures by the device's operating system: its version belongs on the certificate. */
export const OS_VERSION_TECHNIQUES: readonly ErasureTechnique[] = ['factory_reset'];
