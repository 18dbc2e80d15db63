import type { KeyboardEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';

export interface DeskFormProps {
  title: ReactNode;
  /** Enter in a field, or the main button: the form's `submit` (from `useContractForm`). */
  onSubmit: () => void;
  /** The problem to show above the buttons: a field left wrong or main's refusal. */
  problem: ApiError | null;
  submitLabel: string;
  busy: boolean;
  /** Buttons before the main one (« Annuler »). */
  actions?: ReactNode;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  testId: string;
  ref?: Ref<HTMLFormElement>;
  children: ReactNode;
}

/** A desk's form panel: its title, its fields, the problem shown, then the main action (Entrée). */
export function DeskForm({
  title,
  onSubmit,
  problem,
  submitLabel,
  busy,
  actions,
  onKeyDown,
  testId,
  ref,
  children,
}: DeskFormProps) {
  const t = useT();
  return (
    <form
      ref={ref}
      className="panel desk-panel desk-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <h2>{title}</h2>
      {children}
      <ErrorBanner error={problem} />
      <div className="form-actions">
        {actions}
        <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
