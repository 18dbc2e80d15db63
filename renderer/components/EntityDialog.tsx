import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/errors';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { Dialog, type DialogProps } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

export interface EntityDialogProps {
  open?: boolean;
  title: string;
  onClose: () => void;
  /** The form's submit (Enter in a field, or the main button). */
  onSubmit: () => void;
  /** The main button's words; « Enregistrer » when not given. */
  submitLabel?: string;
  /** The other button's words; « Annuler » when not given (say « Garder … » when the action itself cancels). */
  cancelLabel?: string;
  /** The key shown on the main button (« Entrée ») at a station driven from the keyboard. */
  submitShortcut?: string;
  /** `danger` for actions that lose, void or send away something. */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /** The main button cannot be pressed yet (nothing to act on). */
  submitDisabled?: boolean;
  /** What went wrong: a field left wrong here or main's refusal, shown in the red banner under the fields. */
  problem?: ApiError | null;
  onDismissProblem?: () => void;
  /** Where focus starts: the first field unless said otherwise (`cancel` when the action is the risky choice). */
  focus?: 'field' | 'confirm' | 'cancel';
  width?: DialogProps['width'];
  children: ReactNode;
}

/**
 * The one dialog that creates, edits or confirms something: a form with the fields, the red banner of the last
 * problem, then Cancel and the main action (busy while main answers). Esc and Cancel close it.
 */
export function EntityDialog({
  open = true,
  title,
  onClose,
  onSubmit,
  submitLabel,
  cancelLabel,
  submitShortcut,
  tone = 'primary',
  busy = false,
  submitDisabled = false,
  problem = null,
  onDismissProblem,
  focus = 'field',
  width = 'normal',
  children,
}: EntityDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={onSubmit}
      width={width}
      footer={
        <>
          <Button onClick={onClose} data-autofocus={focus === 'cancel' ? true : undefined}>
            {cancelLabel ?? t('ui.cancel')}
          </Button>
          <Button
            type="submit"
            variant={tone}
            busy={busy}
            disabled={submitDisabled || undefined}
            shortcut={submitShortcut}
            data-autofocus={focus === 'confirm' ? true : undefined}
          >
            {submitLabel ?? t('ui.save')}
          </Button>
        </>
      }
    >
      {children}
      <ErrorBanner error={problem} onDismiss={onDismissProblem} />
    </Dialog>
  );
}
