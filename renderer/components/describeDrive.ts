import type { Drive } from '../../shared/contract/devices';
import type { T } from '../i18n/useT';

/**
 * A drive as a person finds it in the device: « Disque 2 sur 3 · SSD NVMe · 512 Go · S3Z9NB0K », its serial last
 * and only when it has one, so a drive without a serial is still told apart from its neighbours and from an
 * erasure of the whole device.
 */
export function describeDrive(t: T, drives: readonly Drive[], driveId: number): string {
  const index = drives.findIndex((drive) => drive.id === driveId);
  const drive = drives[index];
  if (!drive) return t('drive.unknown');
  const parts = [
    drives.length === 1 ? t('drive.only') : t('drive.position', { position: index + 1, total: drives.length }),
  ];
  parts.push(t(`driveType.${drive.type}`));
  if (drive.capacityGb !== null) parts.push(t('erasureDesk.capacity', { gb: drive.capacityGb }));
  if (drive.serial) parts.push(drive.serial);
  return parts.join(' · ');
}
