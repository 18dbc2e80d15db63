import { useState } from 'react';
import type { Drive, DeviceDetail } from '../../shared/contract/devices';
import { erasureSubjects, type DeviceState } from '../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../shared/domain/values';
import { Badge, ErasureStateBadge } from '../components/Badge';
import { Button } from '../components/Button';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import { useCan } from '../session/useCan';
import { DriveChangeDialog } from './DriveChangeDialog';

/** The states in which main lets a device's drives change (`main/services/drive-removal.ts`). */
const BENCH_STATES: readonly DeviceState[] = ['received', 'awaiting_erasure', 'erased', 'in_refurbishment', 'quarantined', 'returned'];

/** The drives with where each stands with its erasure; tablets, phones and driveless devices are erased whole. */
export function MediaSection({ device }: { device: DeviceDetail }) {
  const t = useT();
  const format = useFormat();
  const whole = WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind) || device.drives.length === 0;
  const mayChange = useCan('devices.removeDrive') && BENCH_STATES.includes(device.status);
  const [changing, setChanging] = useState<Drive | null>(null);
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
                <th scope="col">{t('drive.col.health')}</th>
                {mayChange ? <th scope="col"><span className="visually-hidden">{t('drive.change')}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {device.drives.map((drive) => (
                <tr key={drive.id}>
                  <td className="mono">{drive.serial || t('ui.empty')}</td>
                  <td>{t(`driveType.${drive.type}`)}</td>
                  <td className="num">{drive.capacityGb === null ? t('ui.empty') : t('device.capacity', { value: drive.capacityGb })}</td>
                  <td>{whole ? t('ui.empty') : <ErasureStateBadge state={drive.erasure} />}</td>
                  <td>{drive.healthFailed ? <Badge tone="danger">{t('drive.healthFailed')}</Badge> : <span className="muted">{t('drive.healthOk')}</span>}</td>
                  {mayChange ? (
                    <td>
                      <Button size="small" onClick={() => setChanging(drive)}>
                        {t('drive.change')}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {device.removedDrives.length > 0 ? (
          <>
            <h3>{t('drive.removedTitle')}</h3>
            <ul className="plain-list">
              {device.removedDrives.map((removed) => (
                <li key={removed.id}>
                  {t('drive.removedLine', {
                    drive: [t(`driveType.${removed.type}`), removed.serial].filter(Boolean).join(' '),
                    reason: t(`drive.mode.${removed.reason}`),
                    date: format.day(removed.removedAt),
                    name: removed.removedByName,
                    note: removed.note,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {changing ? <DriveChangeDialog device={device} drive={changing} onClose={() => setChanging(null)} /> : null}
      </div>
    </section>
  );
}
