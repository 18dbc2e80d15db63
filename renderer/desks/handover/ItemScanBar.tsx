import { useState, type RefObject } from 'react';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import type { ApiError, Warning } from '../../../shared/errors';
import { StatusBadge } from '../../components/Badge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { ScanInput, type ScanOutcome } from '../../components/ScanInput';
import type { BasketItem } from './draft';
import { useItemScan, type ItemScan } from './useItemScan';

/**
 * The scan field of the counter: a device (asset tag, serial, IMEI) or a SIM card (ICCID) goes into the basket
 * with a high beep, or is refused in red with a low beep and main's reason, its code left selected.
 */
export function ItemScanBar({
  inputRef,
  basket,
  onAdded,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  basket: readonly BasketItem[];
  onAdded: (item: BasketItem, warnings: Warning[]) => void;
}) {
  const t = useT();
  const { scan, device } = useItemScan(basket);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [candidates, setCandidates] = useState<DeviceSummary[]>([]);

  const settle = (outcome: ItemScan): ScanOutcome => {
    setBusy(false);
    setCandidates(outcome.kind === 'choose' ? outcome.rows : []);
    if (outcome.kind === 'added') {
      setProblem(null);
      setCode('');
      onAdded(outcome.item, outcome.warnings);
      inputRef.current?.focus();
      return 'accepted';
    }
    if (outcome.kind === 'refused') setProblem(outcome.problem);
    return outcome.kind === 'refused' ? 'refused' : 'undecided';
  };

  const run = async (work: Promise<ItemScan>) => {
    setBusy(true);
    return settle(await work);
  };

  return (
    <div className="desk-scanbar">
      <ScanInput
        id="handover-scan"
        label={t('handoverDesk.scanLabel')}
        shortcut="Alt+S"
        value={code}
        onChange={setCode}
        onScan={(value) => run(scan(value))}
        onCancel={() => {
          setCode('');
          setProblem(null);
          setCandidates([]);
        }}
        onClear={() => {
          setProblem(null);
          setCandidates([]);
        }}
        inputRef={inputRef}
        invalid={problem !== null}
        busy={busy}
      />
      <ErrorBanner error={problem} />
      {candidates.length > 0 && (
        <div className="desk-candidates" data-testid="handover-candidates">
          <p>{t('desk.chooseCandidate', { count: candidates.length })}</p>
          <ul>
            {candidates.map((row) => (
              <li key={row.id}>
                <button type="button" className="link-button" onClick={() => void run(device(row))}>
                  <strong>{row.assetTag}</strong> {row.make} {row.model} · {row.serial || row.imei}
                </button>{' '}
                <StatusBadge state={row.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
