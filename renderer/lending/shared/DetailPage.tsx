import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';

export interface DetailPageProps<Data> {
  /** Where « ← … » goes back to (`#/sims`), and its words. */
  backHref: string;
  backLabel: string;
  /** The record once read; null while it loads or when the read was refused. */
  data: Data | null;
  loading: boolean;
  /** The read's refusal, or an action's (dismissable with `onDismissError`). */
  error: ApiError | null;
  onDismissError?: (() => void) | undefined;
  /** The page's body, given the record. */
  children: (data: Data) => ReactNode;
}

/** The frame of one lending record's page: the back link, the refusal, then the record or « Chargement… ». */
export function DetailPage<Data>({
  backHref,
  backLabel,
  data,
  loading,
  error,
  onDismissError,
  children,
}: DetailPageProps<Data>) {
  const t = useT();
  return (
    <div className="lending-page">
      <a className="back-link" href={backHref}>
        ← {backLabel}
      </a>
      <ErrorBanner error={error} onDismiss={onDismissError} />
      {data ? children(data) : loading ? <p className="empty">{t('ui.loading')}</p> : null}
    </div>
  );
}

/** A record page's title: its reference in monospace (found by `testId`), then its badges. */
export function DetailTitle({
  reference,
  testId,
  children,
}: {
  reference: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <span className="lending-title">
      <span className="mono" data-testid={testId}>
        {reference}
      </span>
      {children}
    </span>
  );
}
