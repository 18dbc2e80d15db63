import { useEffect, useRef, useState } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { ErasureOutcome } from '../../../shared/contract/erasure';
import type { ScreenProps } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/useT';
import { DeviceCard } from '../components/DeviceCard';
import { DeviceScanBar } from '../components/DeviceScanBar';
import { Notice } from '../../components/Notice';
import { useDeviceLookup } from '../components/useDeviceLookup';
import '../components/desks.css';
import { describeSubject } from './describe';
import { ErasureForm } from './ErasureForm';
import { ErasureWorklist } from './ErasureWorklist';
import { MediaList } from './MediaList';
import { QuarantineNotice } from './QuarantineNotice';
import { firstToErase, subjectsOf, type ErasureSubject } from './subjects';
import { VerificationPanel } from './VerificationPanel';

/** States in which main accepts an erasure record. */
const ERASABLE = new Set(['received', 'returned', 'awaiting_erasure', 'quarantined', 'to_recycle']);

/**
 * Scan a device, record the erasure of each of its drives (or of the whole tablet or phone), and have a second
 * person verify. A failed erasure puts the device in quarantine, and the desk says so in red.
 */
export function ErasureDesk(_props: ScreenProps) {
  const t = useT();
  const { load } = useDeviceLookup();
  const scanRef = useRef<HTMLInputElement>(null);
  const [device, setDevice] = useState<DeviceDetail | null>(null);
  const [subjectKey, setSubjectKey] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<{ assetTag: string; subject: ErasureSubject } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  /** When the erasure began: the device's scan, then the end of the previous drive's record. */
  const [since, setSince] = useState<Date>(() => new Date());
  useEffect(() => scanRef.current?.focus(), []);

  const show = (detail: DeviceDetail) => {
    setDevice(detail);
    setSubjectKey(firstToErase(subjectsOf(detail))?.key ?? null);
  };
  const scanned = (detail: DeviceDetail) => {
    setRecorded(null);
    setSince(new Date());
    show(detail);
  };
  const pick = async (id: number) => {
    const found = await load(id);
    if (found.kind === 'found') scanned(found.device);
  };
  const reload = async (id: number) => {
    const fresh = await load(id);
    if (fresh.kind === 'found') show(fresh.device);
    else scanRef.current?.focus();
    return fresh;
  };
  const release = () => {
    setDevice(null);
    setSubjectKey(null);
    setRecorded(null);
    scanRef.current?.focus();
  };
  const onRecorded = async (outcome: ErasureOutcome, recordedSubject: ErasureSubject) => {
    setRefreshKey((key) => key + 1);
    setSince(new Date());
    const fresh = await reload(outcome.erasure.deviceId);
    const failed = outcome.erasure.result === 'failed';
    // A failure is told by the quarantine banner; a success says what comes next.
    setRecorded(failed ? null : { assetTag: outcome.erasure.assetTag, subject: recordedSubject });
    if (failed) setSubjectKey(null);
    if (failed || (fresh.kind === 'found' && !firstToErase(subjectsOf(fresh.device)))) scanRef.current?.focus();
  };

  const subjects = device ? subjectsOf(device) : [];
  const subject = subjects.find((candidate) => candidate.key === subjectKey) ?? null;
  return (
    <div className="desk desk-erasure">
      <PageHeader title={t('erasureDesk.title')} />
      <div className="desk-columns">
        <div className="desk-main">
          <DeviceScanBar
            id="erasure-scan"
            label={t('desk.scanDevice')}
            inputRef={scanRef}
            onDevice={scanned}
            onCancel={release}
          />
          {device && (
            <>
              <DeviceCard device={device} />
              {device.status === 'quarantined' && <QuarantineNotice assetTag={device.assetTag} />}
              {!ERASABLE.has(device.status) && (
                <Notice tone="info" testId="erasure-not-here">
                  {t('erasureDesk.notAtThisDesk', { state: t(`state.${device.status}`) })}
                </Notice>
              )}
              {recorded && (
                <Notice tone="success" testId="erasure-recorded">
                  {t('erasureDesk.recordedSuccess', {
                    medium: describeSubject(t, recorded.subject),
                    assetTag: recorded.assetTag,
                  })}
                </Notice>
              )}
              <MediaList subjects={subjects} current={subjectKey} onPick={(picked) => setSubjectKey(picked.key)} />
              {subject && (
                <ErasureForm
                  key={`${device.id}-${subject.key}-${refreshKey}`}
                  device={device}
                  subject={subject}
                  startedAt={since}
                  onRecorded={(outcome) => void onRecorded(outcome, subject)}
                  onCancel={() => {
                    setSubjectKey(null);
                    scanRef.current?.focus();
                  }}
                />
              )}
            </>
          )}
          {!device && <p className="desk-hint">{t('erasureDesk.scanFirst')}</p>}
          {!device && <ErasureWorklist onPick={(id) => void pick(id)} />}
        </div>
        <aside className="desk-side">
          <VerificationPanel
            deviceId={device?.id ?? null}
            onVerified={(verified) => device && verified.has(device.id) && void reload(device.id)}
          />
        </aside>
      </div>
    </div>
  );
}
