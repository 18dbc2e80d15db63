import type { ReactNode } from 'react';
import type { DeviceDetail } from '../../shared/contract/devices';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import { inventoryHref } from '../inventory';
import { Panel } from '../components/Panel';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd className={empty ? 'muted' : undefined}>{empty ? t('ui.empty') : children}</dd>
    </div>
  );
}

/** Identity and specifications, then where the device comes from and where it is. */
export function DeviceFacts({ device }: { device: DeviceDetail }) {
  const t = useT();
  const format = useFormat();
  const unit = (key: 'device.ram' | 'device.screen' | 'device.battery', value: number | null) =>
    value === null ? null : t(key, { value });
  return (
    <div className="device-facts">
      <Panel title={t('device.section.identity')}>
        <dl className="facts">
          <Fact label={t('field.serial')}>{device.serial ? <span className="mono">{device.serial}</span> : null}</Fact>
          <Fact label={t('field.imeis')}>
            {device.imeis.length > 0 ? <span className="mono">{device.imeis.join(' · ')}</span> : null}
          </Fact>
          <Fact label={t('field.cpu')}>{device.cpu}</Fact>
          <Fact label={t('device.label.ram')}>{unit('device.ram', device.ramGb)}</Fact>
          <Fact label={t('field.storageSummary')}>{device.storageSummary}</Fact>
          <Fact label={t('device.label.screen')}>{unit('device.screen', device.screenInches)}</Fact>
          <Fact label={t('field.os')}>{device.os}</Fact>
          <Fact label={t('device.label.battery')}>{unit('device.battery', device.batteryHealth)}</Fact>
          <Fact label={t('field.grade')}>{device.grade}</Fact>
          <Fact label={t('field.functional')}>{device.functional ? t(`functional.${device.functional}`) : null}</Fact>
          <Fact label={t('field.accessories')}>{device.accessories}</Fact>
        </dl>
      </Panel>
      <Panel title={t('device.section.origin')}>
        <dl className="facts">
          <Fact label={t('field.batchId')}>
            <a href={inventoryHref({ batchId: device.batchId })} title={t('device.batchDevices')}>
              {device.batchCode}
            </a>
          </Fact>
          <Fact label={t('field.donorId')}>{device.donorName}</Fact>
          <Fact label={t('field.siteId')}>{device.siteName}</Fact>
          <Fact label={t('field.receivedOn')}>{format.day(device.receivedOn)}</Fact>
          <Fact label={t('field.location')}>{device.location}</Fact>
          <Fact label={t('device.updatedAt')}>{format.dateTime(device.updatedAt)}</Fact>
          <Fact label={t('field.notes')}>{device.notes ? <span className="prewrap">{device.notes}</span> : null}</Fact>
        </dl>
      </Panel>
    </div>
  );
}
