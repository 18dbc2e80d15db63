import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { parseWholeNumber, valueOrNull } from '../../../shared/format';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useToast } from '../../components/Toasts';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { AnonymiseDueButton } from './AnonymiseDueButton';
import './privacy.css';
import { Panel } from '../../components/Panel';

/** The administration tab on personal data: how long people are kept after their last loan, and erasing what is due. */
export function RetentionPanel() {
  const t = useT();
  const toast = useToast();
  const canSet = useCan('privacy.setRetention');
  const retention = useApiQuery('privacy.retention', {});
  const [months, setMonths] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const setRetention = useApiMutation('privacy.setRetention', {
    updates: (cache, saved) => cache.set('privacy.retention', {}, () => saved),
  });

  useEffect(() => {
    if (retention.data) setMonths(String(retention.data.anonymiseAfterMonths));
  }, [retention.data]);

  const save = async () => {
    const value = valueOrNull(parseWholeNumber(months));
    if (value === null) {
      setError({ code: 'invalid_input', field: 'anonymiseAfterMonths', message: t('privacy.monthsInvalid') });
      return;
    }
    const result = await setRetention.run({ anonymiseAfterMonths: value });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('privacy.saved', { months: result.value.anonymiseAfterMonths }));
  };

  return (
    <Panel title={t('privacy.title')} bodyClassName="form-grid privacy-panel">
      <p className="lead">{t('privacy.explain')}</p>
      <form
        className="privacy-retention"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('field.anonymiseAfterMonths')}
          hint={t('privacy.monthsHint')}
          type="number"
          min={1}
          max={120}
          value={months}
          disabled={!canSet}
          onChange={(event) => setMonths(event.target.value)}
          invalid={isFieldInError(error, 'anonymiseAfterMonths')}
        />
        {canSet ? (
          <Button type="submit" variant="primary" busy={setRetention.busy} disabled={!retention.data}>
            {t('ui.save')}
          </Button>
        ) : null}
      </form>
      <ErrorBanner error={error ?? retention.error} onDismiss={() => setError(null)} />
      <div className="privacy-due">
        <p>{t('privacy.dueExplain')}</p>
        <AnonymiseDueButton />
      </div>
    </Panel>
  );
}
