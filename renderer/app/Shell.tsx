import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { navigate, useRoute } from './router';
import { ROUTES } from './routes';
import { useSession } from './session';

/** Navigation on F1..F8 so that a technician never needs the mouse; the screen of the current route. */
export function Shell() {
  const t = useT();
  const route = useRoute();
  const { state } = useSession();
  const roles = state.operator?.roles ?? [];
  const nav = ROUTES.filter((r) => r.inNav && (!r.roles || r.roles.some((role) => roles.includes(role))));
  const current = ROUTES.find((r) => r.name === route.name) ?? ROUTES[0];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
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

  if (!current) return null;
  const Screen = current.component;
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label="Rebond">
        {nav.map((r, index) => (
          <a key={r.name} href={`#/${r.name}`} aria-current={r.name === current.name ? 'page' : undefined}>
            <kbd>F{index + 1}</kbd> {t(r.label)}
          </a>
        ))}
      </nav>
      <main className="shell-main">
        <Screen param={route.param} />
      </main>
    </div>
  );
}
