import { useEffect, useRef, useState } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { ScreenProps } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/useT';
import { DeviceCard } from '../components/DeviceCard';
import { DeviceScanBar } from '../components/DeviceScanBar';
import { Notice } from '../../components/Notice';
import type { DeskMessage } from '../components/deskMessage';
import { useDeviceLookup } from '../components/useDeviceLookup';
import '../components/desks.css';
import { QualityCheckForm } from './QualityCheckForm';
import { ReadinessPanel } from './ReadinessPanel';
import { RefurbishmentForm } from './RefurbishmentForm';

/**
 * The workshop bench: scan, diagnose, note parts and labour, grade, then the quality check. The right column
 * always says whether the device is ready and, if not, exactly why.
 */
export function RefurbishmentDesk(_props: ScreenProps) {
  const t = useT();
  const { load } = useDeviceLookup();
  const scanRef = useRef<HTMLInputElement>(null);
  const [device, setDevice] = useState<DeviceDetail | null>(null);
  const [saved, setSaved] = useState<DeskMessage | null>(null);
  const [pass, setPass] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const applyAction = useApiMutation('devices.applyAction', { invalidates: ['inventory'] });
  useEffect(() => scanRef.current?.focus(), []);

  const reload = async (id: number, message: DeskMessage) => {
    const fresh = await load(id);
    if (fresh.kind === 'found') {
      setDevice(fresh.device);
      if (fresh.device.status === 'ready') scanRef.current?.focus();
    }
    setSaved(message);
    setError(null);
    setPass((count) => count + 1);
  };

  const reopen = async (current: DeviceDetail) => {
    const result = await applyAction.run({ deviceIds: [current.id], action: 'reopen_refurbishment' });
    if (result.ok) await reload(current.id, { key: 'workshop.reopened', params: { assetTag: current.assetTag } });
    else setError(result.error);
  };

  return (
    <div className="desk desk-workshop">
      <PageHeader title={t('workshop.title')} />
      <DeviceScanBar
        id="workshop-scan"
        label={t('desk.scanDevice')}
        inputRef={scanRef}
        onDevice={(detail) => {
          setDevice(detail);
          setSaved(null);
          setError(null);
          setPass((count) => count + 1);
        }}
        onCancel={() => {
          setDevice(null);
          setSaved(null);
        }}
      />
      {!device && <p className="desk-hint">{t('workshop.scanFirst')}</p>}
      {device && (
        <>
          <DeviceCard device={device} />
          {saved && (
            <Notice tone="success" testId="workshop-saved">
              {t(saved.key, saved.params)}
            </Notice>
          )}
          <ErrorBanner error={error} />
          {device.status === 'ready' ? (
            <ReadinessPanel
              device={device}
              onReopen={device.allowedActions.includes('reopen_refurbishment') ? () => void reopen(device) : undefined}
            />
          ) : (
            <div className="desk-columns">
              <RefurbishmentForm
                key={`${device.id}-${pass}`}
                device={device}
                onRecorded={(result) =>
                  void reload(result.record.deviceId, {
                    key: 'workshop.passRecorded',
                    params: { assetTag: device.assetTag },
                  })
                }
              />
              <aside className="desk-side">
                <ReadinessPanel device={device} />
                <QualityCheckForm
                  key={`qc-${device.id}-${pass}`}
                  device={device}
                  onChecked={(result) =>
                    void reload(result.record.deviceId, {
                      key: result.record.qc?.passed ? 'workshop.qcRecordedPassed' : 'workshop.qcRecordedFailed',
                    })
                  }
                />
              </aside>
            </div>
          )}
        </>
      )}
    </div>
  );
}
