import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Esc, on the close button, and by the caller's own Cancel button. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, e.g. Cancel and the main action. */
  footer?: ReactNode;
  /** When given, the dialog is a form: Enter in a field submits it. */
  onSubmit?: () => void;
  width?: 'narrow' | 'normal' | 'wide';
}

/**
 * A modal on the native `<dialog>`: focus stays inside, Esc closes, and focus returns to where it was.
 * The element marked `data-autofocus` (or else the first field) receives focus on open.
 */
export function Dialog({ open, title, onClose, children, footer, onSubmit, width = 'normal' }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const preferred =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>(
          '.dialog-body input:not([type=hidden]):not(:disabled), .dialog-body select, .dialog-body textarea',
        );
      preferred?.focus();
      return () => {
        if (dialog.open) dialog.close();
        previous?.focus();
      };
    }
    return undefined;
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const body = (
    <>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" onClick={onClose} aria-label={t('ui.close')}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${width}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? onSubmit ? <form onSubmit={submit}>{body}</form> : body : null}
    </dialog>
  );
}
