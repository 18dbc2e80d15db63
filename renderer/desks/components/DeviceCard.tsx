import type { DeviceSummary } from '../../../shared/contract/inventory';
import { StatusBadge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

/** Who the scanned device is: its tag in large type, what it is, and where it stands in the lifecycle. */
export function DeviceCard({ device }: { device: DeviceSummary }) {
  const t = useT();
  const identity = [device.make, device.model].filter((part) => part !== '').join(' ');
  const identifiers = [
    device.serial && `${t('field.serial')} ${device.serial}`,
    device.imei && `${t('field.imeis')} ${device.imei}`,
    `${t('entity.batch')} ${device.batchCode}`,
  ].filter(Boolean);
  return (
    <section
      className="desk-device"
      aria-label={t('desk.deviceCard')}
      data-testid="desk-device"
      data-asset-tag={device.assetTag}
    >
      <a className="desk-device-tag" href={`#/device/${encodeURIComponent(device.assetTag)}`}>
        {device.assetTag}
      </a>
      <div className="desk-device-facts">
        <div className="desk-device-line">
          <StatusBadge state={device.status} large />
          <span>
            {t(`kind.${device.kind}`)}
            {identity && ` · ${identity}`}
          </span>
        </div>
        <span className="desk-muted">{identifiers.join(' · ')}</span>
      </div>
    </section>
  );
}
