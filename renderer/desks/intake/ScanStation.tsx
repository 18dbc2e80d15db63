import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Batch } from '../../../shared/contract/intake';
import type { DeviceKind } from '../../../shared/domain/values';
import type { ApiError } from '../../../shared/errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { beep } from '../components/beep';
import { scanRefusal } from '../components/scanRefusal';
import { ScanInput, type ScanOutcome } from '../../components/ScanInput';
import { scanFeedback } from '../../components/scanBehaviour';
import { BatchHeader } from './BatchHeader';
import { LabelAtScanToggle } from './LabelAtScanToggle';
import { LastRegistered } from './LastRegistered';
import { SessionDevices } from './SessionDevices';
import { buildSpec, isMobile, loadTemplate, saveTemplate, type DeviceTemplate } from './template';
import { KIND_SHORTCUTS, TemplateFields } from './TemplateFields';
import { useIntakeShortcuts, type ShortcutTargets } from './useIntakeShortcuts';
import { useLabelAtScan } from './useLabelAtScan';
import { useSessionLog } from './useSessionLog';

/**
 * The scanner loop: a serial and Enter registers a device shaped like the previous one. The focus comes back to
 * the scan field after every scan; a refusal beeps low, turns the field red and leaves its text selected.
 */
export function ScanStation({
  batch,
  onBatch,
  onLeave,
}: {
  batch: Batch;
  onBatch: (batch: Batch) => void;
  onLeave: () => void;
}) {
  const t = useT();
  const registerDevice = useApiMutation('devices.register', { invalidates: ['batches', 'inventory'] });
  const [template, setTemplate] = useState<DeviceTemplate>(loadTemplate);
  const [serial, setSerial] = useState('');
  const [imei, setImei] = useState('');
  const [driveSerial, setDriveSerial] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const log = useSessionLog(batch.id);
  const labelAtScan = useLabelAtScan();
  const scanRules = useApiQuery('scanRules.get', {});

  const serialRef = useRef<HTMLInputElement>(null);
  const imeiRef = useRef<HTMLInputElement>(null);
  const makeRef = useRef<HTMLInputElement>(null);
  const modelRef = useRef<HTMLInputElement>(null);
  const driveRef = useRef<HTMLDivElement>(null);
  const shortcutTargets = useMemo<ShortcutTargets>(
    () => ({
      KeyS: () => serialRef.current,
      KeyI: () => imeiRef.current,
      KeyM: () => makeRef.current,
      KeyO: () => modelRef.current,
      KeyD: () => driveRef.current?.querySelector('select'),
    }),
    [],
  );
  const onKind = useCallback((kind: DeviceKind) => setTemplate((current) => ({ ...current, kind })), []);
  useIntakeShortcuts(KIND_SHORTCUTS, onKind, shortcutTargets);

  const focusScan = () => serialRef.current?.focus();
  useEffect(() => serialRef.current?.focus(), []);

  /** The scan field selects its own text on a refusal; a refusal of another field puts the focus there. */
  const refuse = (refusal: ApiError): ScanOutcome => {
    setProblem(refusal);
    const imeiWrong = isFieldInError(refusal, 'device.imeis');
    const target = imeiWrong ? imeiRef : serialRef;
    target.current?.focus();
    target.current?.select();
    return imeiWrong ? 'refused-elsewhere' : 'refused';
  };

  const register = async (): Promise<ScanOutcome> => {
    if (busyRef.current) return 'undecided';
    const build = buildSpec(template, { serial, imei, driveSerial });
    if (!build.ok) return refuse(localProblem(t('intake.capacityInvalid'), build.field));
    const junk = scanRefusal(t, scanRules.data, { serial: build.spec.serial ?? '', imeis: build.spec.imeis ?? [] });
    if (junk) return refuse(junk);
    busyRef.current = true;
    setBusy(true);
    const result = await registerDevice.run({ batchId: batch.id, device: build.spec });
    busyRef.current = false;
    setBusy(false);
    if (!result.ok) return refuse(result.error);
    setProblem(null);
    const { device, warnings } = result.value;
    log.add({
      id: device.id,
      assetTag: device.assetTag,
      kind: device.kind,
      make: device.make,
      model: device.model,
      serial: device.serial,
      imei: device.imei,
      warnings: warnings.map((warning) => warning.message),
    });
    saveTemplate(template);
    setSerial('');
    setImei('');
    setDriveSerial('');
    focusScan();
    if (labelAtScan.enabled) void labelAtScan.print(device.id);
    // The batch's count comes back by itself: the registration marked the `batches` reads stale.
    return 'accepted';
  };

  /** Enter in the IMEI field registers too, with the scan field's beeps. */
  const registerFromImei = async () => {
    const feedback = scanFeedback(await register());
    if (feedback.beep) beep(feedback.beep);
  };

  const onImeiKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (serial.trim() === '') focusScan();
      else void registerFromImei();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setImei('');
    }
  };

  const mobile = isMobile(template.kind);
  return (
    <div className="desk desk-intake">
      <BatchHeader batch={batch} onChange={onLeave} onBatch={onBatch} />
      <div className="desk-columns">
        <div className="desk-main">
          <div className="desk-row desk-row-scan">
            <ScanInput
              id="intake-serial"
              label={t('intake.serialScan')}
              shortcut="Alt+S"
              value={serial}
              onChange={setSerial}
              onScan={register}
              onEnterEmpty={() => imei.trim() !== '' && void registerFromImei()}
              onClear={() => setProblem(null)}
              onCancel={() => setProblem(null)}
              inputRef={serialRef}
              invalid={isFieldInError(problem, 'device.serial') || isFieldInError(problem, 'batchId')}
              busy={busy}
              describedBy="intake-keys"
            />
            {mobile && (
              <TextField
                label={t('field.imeis')}
                aside={<kbd className="desk-kbd">Alt+I</kbd>}
                hint={t('intake.imeiHint')}
                ref={imeiRef}
                className="desk-imei"
                inputMode="numeric"
                value={imei}
                onChange={(event) => setImei(event.target.value)}
                onKeyDown={onImeiKey}
                invalid={isFieldInError(problem, 'device.imeis')}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </div>
          <ErrorBanner error={problem} />
          <TemplateFields
            template={template}
            onChange={setTemplate}
            driveSerial={driveSerial}
            onDriveSerial={setDriveSerial}
            refs={{ make: makeRef, model: modelRef, drive: driveRef }}
            error={problem}
            backToScan={focusScan}
          />
          <LabelAtScanToggle labels={labelAtScan} backToScan={focusScan} />
          <p id="intake-keys" className="desk-hint">
            {t('intake.keysHelp')}
          </p>
        </div>
        <aside className="desk-side">
          <LastRegistered device={log.devices[0] ?? null} />
          <SessionDevices devices={log.devices} />
        </aside>
      </div>
    </div>
  );
}
