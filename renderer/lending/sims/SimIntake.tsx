import { useMemo, useRef, useState } from 'react';
import { localDay } from '../../../shared/domain/lending';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ScanInput, type ScanOutcome } from '../../components/ScanInput';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { batchProblem, SimBatchForm } from './SimBatchForm';
import { useSimIntake, type SimBatch } from './useSimIntake';
import { Panel } from '../../components/Panel';

/** A box of prepaid cards: its operator and plan once, then one ICCID per scan, each registered at once. */
export function SimIntake() {
  const t = useT();
  const format = useFormat();
  const canCoordinate = useCan('sims.registerMany');
  const existing = useApiQuery('sims.list', { limit: 2000 });
  const [batch, setBatch] = useState<SimBatch>(() => ({
    operator: '',
    planName: '',
    planDataGb: '',
    planValidityDays: '',
    receivedOn: localDay(new Date()),
  }));
  const [triedScan, setTriedScan] = useState(false);
  const intake = useSimIntake(batch);
  const scanBox = useRef<HTMLInputElement>(null);
  const problem = batchProblem(t, batch);
  const operators = useMemo(
    () => [...new Set((existing.data ?? []).map((sim) => sim.operator))].sort(),
    [existing.data],
  );

  /** A box whose operator or plan is not filled in refuses the scan like a bad code: low beep, code kept selected. */
  const onScan = async (scanned: string): Promise<ScanOutcome> => {
    setTriedScan(true);
    if (problem) return 'refused';
    return intake.register(scanned);
  };

  const count = intake.registered.length;
  return (
    <div className="lending-page">
      <a className="back-link" href="#/sims">
        ← {t('sims.back')}
      </a>
      <PageHeader title={t('simIntake.title')} subtitle={t('simIntake.subtitle')} />
      {canCoordinate ? null : <p className="banner banner-info">{t('simIntake.coordinatorsOnly')}</p>}
      <SimBatchForm
        batch={batch}
        onChange={setBatch}
        problem={problem}
        showProblem={triedScan}
        knownOperators={operators}
      />
      <Panel
        title={t('simIntake.scanTitle')}
        className="sim-scan"
        bodyClassName="form-grid"
        actions={
          <span className="muted" data-testid="sim-intake-count">
            {t(`simIntake.count.${format.plural(count)}`, { count })}
          </span>
        }
      >
        <ScanInput
          label={t('simIntake.scanLabel')}
          placeholder={t('simIntake.scanPlaceholder')}
          id="sim-intake-scan"
          onScan={onScan}
          onClear={intake.dismiss}
          autoFocus
          busy={intake.busy}
          invalid={intake.error !== null || (triedScan && problem !== null)}
          inputRef={scanBox}
        />
        {triedScan && problem ? (
          <ErrorBanner error={problem} />
        ) : (
          <ErrorBanner error={intake.error} onDismiss={intake.dismiss} />
        )}
        {count === 0 ? (
          <p className="empty">{t('simIntake.nothingYet')}</p>
        ) : (
          <ol className="sim-scanned" aria-label={t('simIntake.scannedList')}>
            {intake.registered.map((card, index) => (
              <li
                key={card.id}
                data-iccid={card.iccid}
                className={card.warnings.length > 0 ? 'has-warning' : undefined}
              >
                <span className="sim-scanned-number">{count - index}</span>
                <a className="mono" href={`#/sims/${card.iccid}`}>
                  {card.iccid}
                </a>
                {card.warnings.map((warning) => (
                  <span key={warning.code} className="sim-warning" role="note">
                    ⚠ {warning.message}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
