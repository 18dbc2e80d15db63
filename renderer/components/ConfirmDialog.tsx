import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/errors';
import { EntityDialog } from './EntityDialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in one or two sentences. */
  message: ReactNode;
  confirmLabel: string;
  /** The button that closes without acting; « Annuler » when not given. */
  cancelLabel?: string;
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
 * The entity dialog asking before doing something; Enter confirms from any field, Esc cancels. Focus starts on
 * Cancel for `danger`, else on the first field of `children`, else on the confirm button.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  busy = false,
  error = null,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  return (
    <EntityDialog
      open={open}
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      submitLabel={confirmLabel}
      cancelLabel={cancelLabel}
      tone={tone}
      busy={busy}
      problem={error}
      focus={tone === 'danger' ? 'cancel' : children ? 'field' : 'confirm'}
      width="narrow"
    >
      <div className="confirm-message">{message}</div>
      {children}
    </EntityDialog>
  );
}
