import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/errors';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in one or two sentences. */
  message: ReactNode;
  confirmLabel: string;
  /** `danger` for actions that lose or send away devices: focus then starts on Cancel, not on the action. */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /** The refusal of the last attempt, shown inside the dialog. */
  error?: ApiError | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Extra content between the message and the buttons, e.g. a note field. */
  children?: ReactNode;
}

/**
 * Asks before doing something; Enter confirms from any field, Esc cancels. Focus starts on Cancel for `danger`,
 * else on the first field of `children`, else on the confirm button.
 */
export function ConfirmDialog({ open, title, message, confirmLabel, tone = 'primary', busy = false, error = null, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const t = useT();
  const safeFirst = tone === 'danger';
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      width="narrow"
      footer={
        <>
          <Button onClick={onCancel} data-autofocus={safeFirst ? true : undefined}>
            {t('ui.cancel')}
          </Button>
          <Button type="submit" variant={tone} busy={busy} data-autofocus={!safeFirst && !children ? true : undefined}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-message">{message}</div>
      {children}
      <ErrorBanner error={error} />
    </Dialog>
  );
}
