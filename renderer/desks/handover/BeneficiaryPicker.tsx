import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import type { ApiError } from '../../../shared/errors';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApiQuery } from '../../api/queries';
import { useApiFetch } from '../../api/useApiFetch';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { useAltKeys } from '../../components/useAltKeys';
import { ShortcutLabel } from '../components/ShortcutLabel';
import { QuickBeneficiaryDialog } from './QuickBeneficiaryDialog';

const fullName = (b: Beneficiary) => [b.firstName, b.lastName].filter(Boolean).join(' ');

/**
 * Finds the person at the counter by the reference their partner gave them (a card can be scanned) or by name:
 * Enter searches, a single exact reference is taken at once, several are listed to pick. Alt+N, or the button
 * offered when nothing matches, creates the person in a dialog.
 */
export function BeneficiaryPicker({
  inputRef,
  onChosen,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onChosen: (b: Beneficiary) => void;
}) {
  const t = useT();
  const call = useApiFetch();
  const partners = useApiQuery('partners.list', {});
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Beneficiary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const firstResult = useRef<HTMLButtonElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  useAltKeys({ n: () => setCreating(query.trim()) });

  useEffect(() => {
    if (results === null) return;
    (results.length > 0 ? firstResult : createButton).current?.focus();
  }, [results]);

  const search = async () => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    const found = await call('beneficiaries.search', { query: trimmed, limit: 20 });
    if (!found.ok) return setError(found.error);
    setError(null);
    const exact = found.value.filter((b) => b.reference.toLowerCase() === trimmed.toLowerCase());
    if (exact.length === 1 && exact[0]) return onChosen(exact[0]);
    if (found.value.length === 0) beep('error');
    setResults(found.value);
  };

  return (
    <div className="handover-picker">
      <div className="field">
        <ShortcutLabel htmlFor="handover-beneficiary" label={t('handoverDesk.findBeneficiary')} shortcut="Alt+B" />
        <input
          id="handover-beneficiary"
          ref={inputRef}
          className="input handover-search-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('handoverDesk.findBeneficiaryPrompt')}
          onChange={(event) => {
            setQuery(event.target.value);
            setResults(null);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.ctrlKey) return;
            event.preventDefault();
            void search();
          }}
        />
      </div>
      <ErrorBanner error={error} />
      {results !== null && results.length === 0 && (
        <p className="desk-muted">{t('handoverDesk.noBeneficiary', { query: query.trim() })}</p>
      )}
      {results !== null && results.length > 0 && (
        <ul className="handover-results" data-testid="beneficiary-results">
          {results.map((b, index) => (
            <li key={b.id}>
              <button
                type="button"
                ref={index === 0 ? firstResult : undefined}
                className="handover-result"
                onClick={() => onChosen(b)}
              >
                <strong className="desk-mono">{b.reference}</strong>
                <span>{fullName(b)}</span>
                <span className="desk-muted">
                  {b.partnerName} · {t(`category.${b.category}`)}
                </span>
                {b.minor && <Badge tone="info">{t('handoverDesk.minor')}</Badge>}
                {b.openHandovers > 0 && (
                  <Badge tone="warning">{t('handoverDesk.openLoans', { count: b.openHandovers })}</Badge>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="desk-actions">
        <Button ref={createButton} size="small" shortcut="Alt+N" onClick={() => setCreating(query.trim())}>
          {results !== null && results.length === 0 && query.trim() !== ''
            ? t('handoverDesk.createNamed', { reference: query.trim() })
            : t('handoverDesk.newBeneficiary')}
        </Button>
      </div>
      {creating !== null && partners.data && (
        <QuickBeneficiaryDialog
          reference={creating}
          partners={partners.data.filter((partner) => partner.active)}
          onClose={() => setCreating(null)}
          onCreated={(created) => {
            setCreating(null);
            onChosen(created);
          }}
        />
      )}
    </div>
  );
}
