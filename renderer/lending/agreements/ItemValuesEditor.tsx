import { useEffect, useState } from 'react';
import type { AgreementTemplate } from '../../../shared/contract/agreements-types';
import { TARGET_ITEMS, type TargetItem } from '../../../shared/domain/lending';
import { parseEurosToCents } from '../../../shared/format';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';

const itemLabel = (item: TargetItem) => (item === 'sim' ? 'targetItem.sim' : (`kind.${item}` as const));

/** The programme's reference value per kind of item, printed on its agreements. */
export function ItemValuesEditor({ template, onSaved }: { template: AgreementTemplate; onSaved: (template: AgreementTemplate) => void }) {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const decimal = template.lang === 'fr' ? ',' : '.';
    setTexts(Object.fromEntries(template.itemValues.map((value) => [value.item, (value.valueCents / 100).toFixed(2).replace('.', decimal)])));
  }, [template]);

  const save = async () => {
    const values: { item: TargetItem; valueCents: number }[] = [];
    for (const item of TARGET_ITEMS) {
      const value = parseEurosToCents(texts[item] ?? '');
      if (!value.ok) return setProblem(t('template.valueInvalid', { item: t(itemLabel(item)) }));
      if (value.value !== null) values.push({ item, valueCents: value.value });
    }
    setProblem(null);
    setBusy(true);
    const result = await call('agreementTemplates.setValues', { programmeId: template.programmeId, variant: template.variant, lang: template.lang, values });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('template.valuesSaved'));
    onSaved(result.value);
  };

  return (
    <section className="panel desk-panel" aria-labelledby="values-title">
      <h2 id="values-title">{t('template.values')}</h2>
      <p className="desk-hint">{t('template.valuesHint')}</p>
      <div className="template-values">
        {TARGET_ITEMS.map((item) => (
          <TextField
            key={item}
            label={`${t(itemLabel(item))} (€)`}
            inputMode="decimal"
            value={texts[item] ?? ''}
            onChange={(event) => setTexts({ ...texts, [item]: event.target.value })}
          />
        ))}
      </div>
      {problem ? <p className="template-problem" role="alert">{problem}</p> : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div className="form-actions">
        <Button busy={busy} onClick={() => void save()}>
          {t('template.valuesSave')}
        </Button>
      </div>
    </section>
  );
}
