import { useState, type RefObject } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import type { ApiError } from '../../../shared/errors';
import { StatusBadge } from '../../components/Badge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ScanInput, type ScanOutcome } from '../../components/ScanInput';
import { useT } from '../../i18n/useT';
import { beep } from './beep';
import { useDeviceLookup, type Lookup } from './useDeviceLookup';

/**
 * Scan an asset tag, serial or IMEI and get the device. A miss beeps low, says so in red and leaves the code
 * selected for the next scan; several partial matches are listed to pick from. Esc on an empty field calls
 * `onCancel` (the desk lets go of its device).
 */
export function DeviceScanBar({
  id,
  label,
  inputRef,
  onDevice,
  onCancel,
}: {
  id: string;
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onDevice: (device: DeviceDetail) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const { lookUp, load } = useDeviceLookup();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [candidates, setCandidates] = useState<DeviceSummary[]>([]);

  const settle = (lookup: Lookup): ScanOutcome => {
    setBusy(false);
    setCandidates(lookup.kind === 'choose' ? lookup.rows : []);
    setProblem(lookup.kind === 'problem' ? lookup.problem : null);
    if (lookup.kind === 'found') onDevice(lookup.device);
    return lookup.kind === 'found' ? 'accepted' : lookup.kind === 'choose' ? 'undecided' : 'refused';
  };

  const scan = async (value: string) => {
    setBusy(true);
    return settle(await lookUp(value));
  };
  /** A candidate picked by mouse: the same beeps as a scan, and the field is emptied for the next one. */
  const choose = async (device: DeviceSummary) => {
    setBusy(true);
    const outcome = settle(await load(device.id));
    beep(outcome === 'accepted' ? 'success' : 'error');
    if (outcome === 'accepted') setQuery('');
  };
  const forget = () => {
    setProblem(null);
    setCandidates([]);
  };

  return (
    <div className="desk-scanbar">
      <ScanInput
        id={id}
        label={label}
        value={query}
        onChange={setQuery}
        onScan={scan}
        onClear={forget}
        onCancel={() => {
          forget();
          onCancel?.();
        }}
        inputRef={inputRef}
        invalid={problem !== null}
        busy={busy}
      />
      <ErrorBanner error={problem} />
      {candidates.length > 0 && (
        <div className="desk-candidates" data-testid="scan-candidates">
          <p>{t('desk.chooseCandidate', { count: candidates.length })}</p>
          <ul>
            {candidates.map((device) => (
              <li key={device.id}>
                <button type="button" className="link-button" onClick={() => void choose(device)}>
                  <strong>{device.assetTag}</strong> {device.make} {device.model} · {device.serial || device.imei}
                </button>{' '}
                <StatusBadge state={device.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
