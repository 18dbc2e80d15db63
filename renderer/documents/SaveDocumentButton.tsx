import { useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { client, isDesktop } from '../api/transport';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useT } from '../i18n/useT';

/**
 * Desktop app only: « Enregistrer… » beside an issued document saves its stored PDF where the « Save as » window
 * says (`documents.save`, answered by the shell). The browser edition opens the PDF, which the browser can save.
 */
export function SaveDocumentButton({ reference, disabled }: { reference: string; disabled?: boolean }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (!isDesktop()) return null;
  const save = async () => {
    setBusy(true);
    setError(null);
    const saved = await client.call('documents.save', { reference });
    setBusy(false);
    if (!saved.ok) return setError(saved.error);
    if (saved.value.saved) setSavedAs(saved.value.fileName);
  };
  return (
    <>
      <Button size="small" variant="ghost" disabled={disabled} busy={busy} onClick={() => void save()}>
        {t('exports.save')}
      </Button>
      {savedAs !== null ? <span role="status">{t('exports.saved', { file: savedAs })}</span> : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </>
  );
}
