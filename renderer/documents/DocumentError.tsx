import { ErrorBanner } from '../components/ErrorBanner';
import type { DocumentOpener } from './useOpenDocument';

/** Why the last print button's document was refused, under the buttons, until dismissed. */
export function DocumentError({ opener, maxRefusals }: { opener: DocumentOpener; maxRefusals?: number }) {
  return opener.error ? (
    <div className="document-error">
      <ErrorBanner error={opener.error} onDismiss={opener.clearError} maxRefusals={maxRefusals} />
    </div>
  ) : null;
}
