import type { MessageKey, MessageParams } from '../../../shared/i18n';
import type { DeviceKind, DriveType } from '../../../shared/domain/values';
import { formatNumber } from '../pdf/format';
import type { Lang } from '../../../shared/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface MediumIdentity {
  driveType: DriveType | null;
  serial: string;
  capacityGb: number | null;
}

/** « SSD NVMe · 1 000 Go · N° S4EW… », or « Tablette (appareil entier) · N° … », on one line or one per part. */
export function mediumLabel(
  t: Translate,
  lang: Lang,
  kind: DeviceKind,
  medium: MediumIdentity,
  separator = ' · ',
): string {
  const type = medium.driveType
    ? t(`driveType.${medium.driveType}`)
    : t('certificate.wholeDevice', { kind: t(`kind.${kind}`) });
  const capacity =
    medium.capacityGb === null ? '' : t('certificate.capacity', { capacity: formatNumber(lang, medium.capacityGb) });
  return [type, capacity, medium.serial ? t('certificate.serialShort', { serial: medium.serial }) : '']
    .filter(Boolean)
    .join(separator);
}
