import { useEffect, useRef, type ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: a count, a site, what the screen is for. */
  subtitle?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
  /** Moves focus to the title when the screen opens, so screen readers announce it (off when a field takes focus). */
  focusOnMount?: boolean;
}

export function PageHeader({ title, subtitle, actions, focusOnMount = false }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <div className="page-subtitle">{subtitle}</div> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
