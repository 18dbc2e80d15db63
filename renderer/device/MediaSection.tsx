import type { DeviceDetail } from '../../shared/contract/devices';
import { erasureSubjects } from '../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../shared/domain/values';
import { ErasureStateBadge } from '../components/Badge';
import { useT } from '../i18n/useT';

/** The drives with where each stands with its erasure; tablets, phones and driveless devices are erased whole. */
export function MediaSection({ device }: { device: DeviceDetail }) {
  const t = useT();
  const whole = WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind) || device.drives.length === 0;
  return (
    <section className="panel" aria-labelledby="drives-title">
      <div className="panel-header">
        <h2 id="drives-title">{t('device.section.drives')}</h2>
      </div>
      <div className="panel-body">
        {whole ? (
          <div className="whole-device">
            <span>{t('device.wholeDevice')}</span>
            <ErasureStateBadge state={erasureSubjects(device.facts)[0] ?? 'none'} />
            <span className="muted">{device.drives.length === 0 ? t('device.noDrives') : t('device.wholeDeviceNote')}</span>
          </div>
        ) : null}
        {device.drives.length > 0 ? (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('drive.col.serial')}</th>
                <th scope="col">{t('drive.col.type')}</th>
                <th scope="col" className="num">
                  {t('drive.col.capacity')}
                </th>
                <th scope="col">{t('drive.col.erasure')}</th>
              </tr>
            </thead>
            <tbody>
              {device.drives.map((drive) => (
                <tr key={drive.id}>
                  <td className="mono">{drive.serial || t('ui.empty')}</td>
                  <td>{t(`driveType.${drive.type}`)}</td>
                  <td className="num">{drive.capacityGb === null ? t('ui.empty') : t('device.capacity', { value: drive.capacityGb })}</td>
                  <td>{whole ? t('ui.empty') : <ErasureStateBadge state={drive.erasure} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
