import { useRef, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import {
  DIAGNOSTIC_CHECKS,
  DIAGNOSTIC_OUTCOMES,
  type DiagnosticCheck,
  type DiagnosticOutcome,
} from '../../../shared/domain/values';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

export type Diagnostics = Partial<Record<DiagnosticCheck, DiagnosticOutcome>>;

/** P, F and N set the focused check and move to the next one; the arrows up and down move between checks. */
const KEYS: Record<string, DiagnosticOutcome> = { p: 'pass', f: 'fail', n: 'not_applicable' };

/** `onChange` takes updates, not values: keys typed faster than React renders must each build on the last. */
export function DiagnosticsChecklist({
  value,
  onChange,
}: {
  value: Diagnostics;
  onChange: Dispatch<SetStateAction<Diagnostics>>;
}) {
  const t = useT();
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const focusRow = (index: number) => {
    const row = rows.current[index];
    const target =
      row?.querySelector<HTMLInputElement>('input:checked') ?? row?.querySelector<HTMLInputElement>('input');
    target?.focus();
  };
  const onKeyDown = (index: number, check: DiagnosticCheck) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const outcome = KEYS[event.key.toLowerCase()];
    if (outcome) {
      event.preventDefault();
      onChange((current) => ({ ...current, [check]: outcome }));
      // At once, not on the next frame: a fast P P P must land on three different checks.
      focusRow(Math.min(index + 1, DIAGNOSTIC_CHECKS.length - 1));
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(Math.max(0, Math.min(DIAGNOSTIC_CHECKS.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))));
    }
  };
  const allPass = () =>
    onChange((current) => Object.fromEntries(DIAGNOSTIC_CHECKS.map((check) => [check, current[check] ?? 'pass'])));
  const done = DIAGNOSTIC_CHECKS.filter((check) => value[check]).length;

  return (
    <Panel
      tone="desk"
      title={t('workshop.diagnostics', { done, total: DIAGNOSTIC_CHECKS.length })}
      testId="workshop-diagnostics"
    >
      <p className="desk-hint">{t('workshop.diagnosticsKeys')}</p>
      <div className="desk-diagnostics">
        {DIAGNOSTIC_CHECKS.map((check, index) => (
          <div
            key={check}
            role="radiogroup"
            aria-labelledby={`diagnostic-${check}-label`}
            ref={(element) => {
              rows.current[index] = element;
            }}
            className="desk-diagnostic"
            onKeyDown={onKeyDown(index, check)}
            data-check={check}
          >
            <span id={`diagnostic-${check}-label`} className="desk-diagnostic-name">
              {t(`diagnostic.${check}`)}
            </span>
            <div className="desk-choices-row">
              {DIAGNOSTIC_OUTCOMES.map((outcome) => (
                <label
                  key={outcome}
                  className={`desk-choice${value[check] === outcome ? ' is-checked' : ''}`}
                  data-outcome={outcome}
                >
                  <input
                    type="radio"
                    name={`diagnostic-${check}`}
                    value={outcome}
                    checked={value[check] === outcome}
                    onChange={() => onChange((current) => ({ ...current, [check]: outcome }))}
                    aria-label={t('workshop.diagnosticChoice', {
                      check: t(`diagnostic.${check}`),
                      outcome: t(`diagnosticOutcome.${outcome}`),
                    })}
                  />
                  <span>{t(`diagnosticOutcome.${outcome}`)}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="desk-actions">
        <Button size="small" onClick={allPass}>
          {t('workshop.allPass')}
        </Button>
      </div>
    </Panel>
  );
}
