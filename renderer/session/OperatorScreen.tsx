import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import type { ApiError } from '../../shared/errors';
import type { ScreenProps } from '../app/routes';
import { useSession } from '../app/session';
import { ErrorBanner } from '../components/ErrorBanner';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { LangSwitch } from './LangSwitch';
import { PasswordDialog } from './PasswordDialog';
import { PinDialog } from './PinDialog';
import { initials, rolesText } from './roles';
import './session.css';

/** The start of every shift: big name buttons, digits 1–9 or arrows to pick, a PIN when the operator has one. */
export function OperatorScreen(_props: ScreenProps) {
  const t = useT();
  const signIn = useApiMutation('session.signIn');
  const { update, state } = useSession();
  /** At a hub's desk nobody has unlocked yet, or for an operator without a PIN: the password. */
  const [askingPassword, setAskingPassword] = useState<OperatorSummary | null>(null);
  const operators = useApiQuery('session.operators', {});
  const [asking, setAsking] = useState<OperatorSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const everyone = operators.data ?? [];

  const choose = async (operator: OperatorSummary) => {
    setError(null);
    if (state.desk && (!state.desk.unlocked || !operator.hasPin)) {
      setAskingPassword(operator);
      return;
    }
    if (operator.hasPin) {
      setAsking(operator);
      return;
    }
    const result = await signIn.run({ operatorId: operator.id });
    if (result.ok) update(result.value);
    else setError(result.error);
  };

  // Subscribed again on every render, so that the handler always sees the current list.
  useEffect(() => {
    const onDigit = (event: globalThis.KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || !/^[1-9]$/.test(event.key)) return;
      const target = everyone[Number(event.key) - 1];
      if (!target) return;
      event.preventDefault();
      void choose(target);
    };
    window.addEventListener('keydown', onDigit);
    return () => window.removeEventListener('keydown', onDigit);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (step !== undefined && buttons.length > 0) {
      event.preventDefault();
      const next = current < 0 ? 0 : (current + step + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  };

  return (
    <div className="welcome">
      <div className="welcome-top">
        <span className="brand brand-dark">{t('common.app')}</span>
        <LangSwitch />
      </div>
      <main className="welcome-card welcome-wide" aria-labelledby="operators-title">
        <h1 id="operators-title">{t('operators.title')}</h1>
        <p className="lead">{t('operators.intro')}</p>
        <ErrorBanner error={error ?? operators.error} onDismiss={() => setError(null)} />
        {operators.data && everyone.length === 0 ? <p className="empty">{t('operators.none')}</p> : null}
        <ul className="operator-grid" ref={list} onKeyDown={onKeyDown}>
          {everyone.map((operator, index) => (
            <li key={operator.id}>
              <button
                type="button"
                className="operator-button"
                autoFocus={index === 0}
                onClick={() => void choose(operator)}
              >
                <span className="operator-avatar" aria-hidden="true">
                  {initials(operator.name)}
                </span>
                <span className="operator-text">
                  <span className="operator-name">{operator.name}</span>
                  <span className="operator-roles">{rolesText(t, operator.roles)}</span>
                  {operator.hasPin ? <span className="operator-pin">{t('operators.hasPin')}</span> : null}
                </span>
                {index < 9 ? <kbd className="operator-key">{index + 1}</kbd> : null}
              </button>
            </li>
          ))}
        </ul>
      </main>
      <PinDialog operator={asking} onClose={() => setAsking(null)} />
      <PasswordDialog operator={askingPassword} onClose={() => setAskingPassword(null)} />
    </div>
  );
}
