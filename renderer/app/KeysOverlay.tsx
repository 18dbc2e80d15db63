import { useEffect, useState } from 'react';
import type { OperatorRole } from '../../shared/domain/values';
import type { MessageKey } from '../../shared/i18n';
import { Dialog } from '../components/Dialog';
import { useT, type T } from '../i18n/useT';
import { GLOBAL_KEYS, keyScreenOf, screenKeysFor, type KeyHint } from './keyMap';
import type { Route } from './router';
import './keys.css';

/** Where a `?` is text being typed rather than a request for help. */
function typingInto(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** `Enter`, `Esc` and `Space` in the operator's words. */
function keysText(t: T, keys: string): string {
  return keys
    .replace(/\bEnter\b/g, t('ui.enterKey'))
    .replace(/\bEsc\b/g, t('ui.escKey'))
    .replace(/\bSpace\b/g, t('keys.space'));
}

function KeyList({
  hints,
  t,
  testId,
}: {
  hints: readonly { keys: string; label: MessageKey | string; text?: boolean }[];
  t: T;
  testId: string;
}) {
  return (
    <dl className="keys-list" data-testid={testId}>
      {hints.map((hint) => (
        <div key={`${hint.keys}-${hint.label}`} className="keys-row">
          <dt>
            <kbd>{keysText(t, hint.keys)}</kbd>
          </dt>
          <dd>{hint.text ? hint.label : t(hint.label as MessageKey)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * `?` (outside a text field, no dialog open) lists the keys: the function keys of the screens this operator may
 * open, then those of the current screen (`keyMap.ts`).
 */
export function KeysOverlay({
  route,
  roles,
  functionKeys,
}: {
  route: Route;
  roles: readonly OperatorRole[] | undefined;
  functionKeys: readonly { key: string; label: string }[];
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (document.querySelector('dialog[open]') || typingInto(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const screenKeys: KeyHint[] = screenKeysFor(keyScreenOf(route), roles);
  return (
    <Dialog open={open} title={t('keys.overlayTitle')} onClose={() => setOpen(false)} width="wide">
      <div className="keys-overlay">
        <section aria-labelledby="keys-this-screen">
          <h3 id="keys-this-screen">{t('keys.thisScreenTitle')}</h3>
          {screenKeys.length === 0 ? (
            <p className="muted">{t('keys.noScreenKeys')}</p>
          ) : (
            <KeyList hints={screenKeys} t={t} testId="keys-screen" />
          )}
        </section>
        <section aria-labelledby="keys-screens">
          <h3 id="keys-screens">{t('keys.screensTitle')}</h3>
          <KeyList
            hints={[
              ...functionKeys.map((entry) => ({ keys: entry.key, label: entry.label, text: true })),
              ...GLOBAL_KEYS,
            ]}
            t={t}
            testId="keys-screens"
          />
        </section>
      </div>
    </Dialog>
  );
}
