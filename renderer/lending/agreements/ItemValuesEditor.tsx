import { useEffect, useState } from 'react';
import type { AgreementTemplate } from '../../../shared/contract/agreements-types';
import { TARGET_ITEMS, type TargetItem } from '../../../shared/domain/lending';
import { parseEurosToCents } from '../../../shared/format';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';

const itemLabel = (item: TargetItem) => (item === 'sim' ? 'targetItem.sim' : (`kind.${item}` as const));

/** The programme's reference value per kind of item, printed on its agreements. */
export function ItemValuesEditor({
  template,
  onSaved,
}: {
  template: AgreementTemplate;
  onSaved?: (template: AgreementTemplate) => void;
}) {
  const t = useT();
  const setValues = useApiMutation('agreementTemplates.setValues', {
    updates: (cache, saved) =>
      cache.set(
        'agreementTemplates.get',
        { programmeId: saved.programmeId, variant: saved.variant, lang: saved.lang },
        () => saved,
      ),
  });
  const toast = useToast();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const decimal = template.lang === 'fr' ? ',' : '.';
    setTexts(
      Object.fromEntries(
        template.itemValues.map((value) => [value.item, (value.valueCents / 100).toFixed(2).replace('.', decimal)]),
      ),
    );
  }, [template]);

  const save = async () => {
    const values: { item: TargetItem; valueCents: number }[] = [];
    for (const item of TARGET_ITEMS) {
      const value = parseEurosToCents(texts[item] ?? '');
      if (!value.ok) return setProblem(t('template.valueInvalid', { item: t(itemLabel(item)) }));
      if (value.value !== null) values.push({ item, valueCents: value.value });
    }
    setProblem(null);
    const result = await setValues.run({
      programmeId: template.programmeId,
      variant: template.variant,
      lang: template.lang,
      values,
    });
    if (!result.ok) return;
    toast(t('template.valuesSaved'));
    onSaved?.(result.value);
  };

  return (
    <Panel tone="desk" title={t('template.values')}>
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
      {problem ? (
        <p className="template-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ErrorBanner error={setValues.error} onDismiss={setValues.reset} />
      <div className="form-actions">
        <Button busy={setValues.busy} onClick={() => void save()}>
          {t('template.valuesSave')}
        </Button>
      </div>
    </Panel>
  );
}
