import { useId, type FormEvent, type ReactNode } from 'react';

export interface PanelProps {
  title: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  /** `desk`: the desks' denser panel, title and content without a separate header band. */
  tone?: 'page' | 'desk';
  /** Extra classes of the body (`form-grid`…) or, for a desk panel, of the panel itself. */
  className?: string;
  bodyClassName?: string;
  testId?: string;
  /** When given, the body is a form: Enter in a field submits it. */
  onSubmit?: () => void;
}

/** The one card of every screen: a titled `<section>` named by its heading for screen readers. */
export function Panel({
  title,
  actions,
  children,
  tone = 'page',
  className,
  bodyClassName,
  testId,
  onSubmit,
}: PanelProps) {
  const titleId = useId();
  const classes = ['panel', tone === 'desk' ? 'desk-panel' : '', className ?? ''].filter(Boolean).join(' ');
  const bodyClasses = ['panel-body', bodyClassName ?? ''].filter(Boolean).join(' ');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  if (tone === 'desk') {
    return (
      <section className={classes} aria-labelledby={titleId} data-testid={testId}>
        {actions ? (
          <div className="panel-header">
            <h2 id={titleId}>{title}</h2>
            {actions}
          </div>
        ) : (
          <h2 id={titleId}>{title}</h2>
        )}
        {children}
      </section>
    );
  }
  return (
    <section className={classes} aria-labelledby={titleId} data-testid={testId}>
      <div className="panel-header">
        <h2 id={titleId}>{title}</h2>
        {actions}
      </div>
      {onSubmit ? (
        <form className={bodyClasses} noValidate onSubmit={submit}>
          {children}
        </form>
      ) : (
        <div className={bodyClasses}>{children}</div>
      )}
    </section>
  );
}
