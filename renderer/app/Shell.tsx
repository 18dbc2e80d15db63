import { Fragment, useCallback, useEffect, useMemo } from 'react';
import { Button } from '../components/Button';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { LangSwitch } from '../session/LangSwitch';
import { initials, rolesText } from '../session/roles';
import { canCall } from '../session/useCan';
import { functionKeyOf, functionKeysFor } from './keyMap';
import { KeysOverlay } from './KeysOverlay';
import { navigate, useRoute } from './router';
import { ROUTES, type ScreenRoute } from './routes';
import { useSession } from './session';
import './shell.css';

/** Pressing the key of the screen already shown: back to its scan field (or its first field), nothing reloaded. */
function focusCurrentScreen(): void {
  const main = document.getElementById('main');
  const target =
    main?.querySelector<HTMLInputElement>('[data-scan-field]') ??
    main?.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
  if (target instanceof HTMLInputElement) target.select();
}

/**
 * Navigation on F1..F9, each key always the same screen (`keyMap.ts`; absent when the operator may not open it) so
 * that a technician never needs the mouse; `?` lists the keys; who is working; the current screen.
 */
export function Shell() {
  const t = useT();
  const route = useRoute();
  const { state, update } = useSession();
  const signOutCall = useApiMutation('session.signOut');
  const settings = useApiQuery('settings.get', {});
  const operator = state.operator;
  const roles = operator?.roles;
  const allowed = useCallback((r: ScreenRoute) => !r.can || canCall(roles, r.can), [roles]);
  const nav = useMemo(() => ROUTES.filter((r) => r.inNav && allowed(r)), [allowed]);
  const current = ROUTES.find((r) => r.name === route.name);
  const navName = current?.inNav ? current.name : current?.name === 'device' ? 'inventory' : null;
  const functionKeys = useMemo(() => functionKeysFor((screen) => nav.some((r) => r.name === screen)), [nav]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = functionKeys.find((entry) => entry.key === event.key);
      if (!target) return;
      event.preventDefault();
      if (target.screen === route.name) focusCurrentScreen();
      else navigate(target.screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [functionKeys, route.name]);

  // Another operator signed in on a screen they may not use (switching operator, "verify as"): their first screen.
  const forbidden = current !== undefined && !allowed(current);
  useEffect(() => {
    if (forbidden && operator) window.location.replace('#/dashboard');
  }, [forbidden, operator]);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.name, route.param]);

  const signOut = async () => {
    const result = await signOutCall.run({});
    if (result.ok) update(result.value);
  };

  const Screen = current && allowed(current) ? current.component : null;
  return (
    <div className="shell">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the hash router needs the focus moved by hand. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <aside className="shell-side">
        <div className="shell-side-inner">
          <div className="shell-brand">
            <span className="brand">{t('common.app')}</span>
            {settings.data?.organisationName ? (
              <span className="shell-org">{settings.data.organisationName}</span>
            ) : null}
          </div>
          <nav className="shell-nav" aria-label={t('nav.label')}>
            {nav.map((r, index) => (
              <Fragment key={r.name}>
                {r.section !== nav[index - 1]?.section ? (
                  r.section ? (
                    <p className="shell-nav-section">{t(`nav.section.${r.section}`)}</p>
                  ) : (
                    <hr className="shell-nav-separator" />
                  )
                ) : null}
                <a href={`#/${r.name}`} aria-current={r.name === navName ? 'page' : undefined}>
                  <span>{t(r.label)}</span>
                  {functionKeyOf(r.name) ? <kbd>{functionKeyOf(r.name)}</kbd> : null}
                </a>
              </Fragment>
            ))}
          </nav>
          <p className="shell-hint">{t('keys.overlayHint')}</p>
        </div>
      </aside>
      <div className="shell-content">
        <header className="topbar">
          {operator ? (
            <div className="topbar-operator" role="group" aria-label={t('shell.workingAs')}>
              <span className="operator-avatar small" aria-hidden="true">
                {initials(operator.name)}
              </span>
              <span className="topbar-operator-text">
                <span className="topbar-operator-name">{operator.name}</span>
                <span className="topbar-operator-roles">{rolesText(t, operator.roles)}</span>
              </span>
            </div>
          ) : null}
          <Button size="small" variant="ghost" onClick={() => void signOut()}>
            {t('shell.switchOperator')}
          </Button>
          <LangSwitch />
        </header>
        <main id="main" className="shell-main" tabIndex={-1}>
          {Screen ? (
            <Screen key={`${route.name}/${route.param ?? ''}`} param={route.param} />
          ) : (
            <div className="notice">
              <p>{current ? t('shell.forbidden') : t('shell.notFound')}</p>
              <a href="#/dashboard">{t('shell.backToDashboard')}</a>
            </div>
          )}
        </main>
        <KeysOverlay
          route={route}
          roles={roles}
          functionKeys={functionKeys.map((entry) => ({
            key: entry.key,
            label: t(ROUTES.find((r) => r.name === entry.screen)?.label ?? 'nav.dashboard'),
          }))}
        />
      </div>
    </div>
  );
}
