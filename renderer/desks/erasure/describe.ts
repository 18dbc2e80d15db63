import type { T } from '../../i18n/useT';
import type { ErasureSubject } from './subjects';

/** "SSD SATA · 256 Go · S3Z9NB0K" or "Appareil entier", as the technician reads it on the label. */
export function describeSubject(t: T, subject: ErasureSubject): string {
  const drive = subject.drive;
  if (!drive) return t('erasureDesk.wholeDevice');
  const parts = [t(`driveType.${drive.type}`)];
  if (drive.capacityGb !== null) parts.push(t('erasureDesk.capacity', { gb: drive.capacityGb }));
  parts.push(drive.serial || t('erasureDesk.noDriveSerial'));
  return parts.join(' · ');
}
