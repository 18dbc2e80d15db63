import { Fragment, useCallback, useEffect, useMemo } from 'react';
import { Button } from '../components/Button';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { LangSwitch } from '../session/LangSwitch';
import { initials, rolesText } from '../session/roles';
import { canCall } from '../session/useCan';
import { navigate, useRoute } from './router';
import { ROUTES, type ScreenRoute } from './routes';
import { useSession } from './session';
import './shell.css';

/** F1 to F9 open the first nine entries; the entries after them are reached by mouse or Tab. */
const F_KEYS = 9;

/**
 * Navigation on F1..F9 (the first nine entries; the browser keeps F10 to F12) so that a technician never needs the
 * mouse; who is working; the current screen.
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const match = /^F([1-9])$/.exec(event.key);
      const target = match ? nav[Number(match[1]) - 1] : undefined;
      if (target) {
        event.preventDefault();
        navigate(target.name);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav]);

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
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('shell.skipToContent')}
      </a>
      <aside className="shell-side">
        <div className="shell-side-inner">
          <div className="shell-brand">
            <span className="brand">{t('common.app')}</span>
            {settings.data?.organisationName ? <span className="shell-org">{settings.data.organisationName}</span> : null}
          </div>
          <nav className="shell-nav" aria-label={t('nav.label')}>
            {nav.map((r, index) => (
              <Fragment key={r.name}>
                {r.section !== nav[index - 1]?.section ? (
                  r.section ? <p className="shell-nav-section">{t(`nav.section.${r.section}`)}</p> : <hr className="shell-nav-separator" />
                ) : null}
                <a href={`#/${r.name}`} aria-current={r.name === navName ? 'page' : undefined}>
                  <span>{t(r.label)}</span>
                  {index < F_KEYS ? <kbd>F{index + 1}</kbd> : null}
                </a>
              </Fragment>
            ))}
          </nav>
          <p className="shell-hint">{t('nav.shortcutHint', { last: Math.min(nav.length, F_KEYS) })}</p>
        </div>
      </aside>
      <div className="shell-content">
        <header className="topbar">
          {operator ? (
            <div className="topbar-operator" aria-label={t('shell.workingAs')}>
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
      </div>
    </div>
  );
}
