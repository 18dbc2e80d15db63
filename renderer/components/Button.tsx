import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a screen, `danger` for actions that lose or send away devices. */
  variant?: ButtonVariant;
  size?: 'small' | 'normal' | 'large';
  /** Disables the button and shows that the action is running. */
  busy?: boolean;
  /** A keyboard shortcut shown on the button, e.g. `F2` or `Entrée`. */
  shortcut?: string;
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/** A button that is never a form submit by accident: `type` defaults to `button`. */
export function Button({
  variant = 'secondary',
  size = 'normal',
  busy = false,
  shortcut,
  icon,
  className,
  children,
  disabled,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = [
    'btn',
    `btn-${variant}`,
    size !== 'normal' ? `btn-${size}` : '',
    busy ? 'is-busy' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {icon ? (
        <span className="btn-icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="btn-label">{children}</span>
      {shortcut ? <kbd className="btn-kbd">{shortcut}</kbd> : null}
    </button>
  );
}
