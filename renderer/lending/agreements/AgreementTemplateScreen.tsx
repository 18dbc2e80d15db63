import { useState } from 'react';
import { CLAUSE_VARIANTS, type ClauseVariant } from '../../../shared/domain/agreement-variants';
import type { Lang } from '../../../shared/i18n';
import type { ScreenProps } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../api/queries';
import { useLang, useT } from '../../i18n/useT';
import { ItemValuesEditor } from './ItemValuesEditor';
import { TemplateEditor } from './TemplateEditor';
import '../shared/lending.css';
import './agreements.css';

const LANGS: readonly Lang[] = ['fr', 'en'];

function Choices<V extends string>({
  name,
  legend,
  values,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  values: readonly V[];
  value: V;
  label: (value: V) => string;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="desk-choices">
      <legend>{legend}</legend>
      <div className="desk-choices-row">
        {values.map((option) => (
          <label key={option} className={`desk-choice${option === value ? ' is-checked' : ''}`}>
            <input type="radio" name={name} checked={option === value} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** `#/agreement-template/<programme id>`: the clauses of the programme's agreements, per variant and language. */
export function AgreementTemplateScreen({ param }: ScreenProps) {
  const t = useT();
  const programmeId = Number(param);
  const [variant, setVariant] = useState<ClauseVariant>('adult');
  const uiLang = useLang();
  const [lang, setLang] = useState<Lang>(uiLang);
  const loaded = useApiQuery('agreementTemplates.get', {
    programmeId: Number.isInteger(programmeId) && programmeId > 0 ? programmeId : 0,
    variant,
    lang,
  });
  const template = loaded.data && loaded.data.variant === variant && loaded.data.lang === lang ? loaded.data : null;

  return (
    <div className="lending-page agreement-template-screen">
      <a className="back-link" href={`#/programmes/${programmeId}`}>
        ← {template?.programmeName ?? t('nav.programmes')}
      </a>
      <PageHeader
        title={t('template.title', { programme: template?.programmeName ?? '' })}
        subtitle={t('template.subtitle')}
        focusOnMount
      />
      <div className="template-choices">
        <Choices
          name="template-variant"
          legend={t('template.variant')}
          values={CLAUSE_VARIANTS}
          value={variant}
          label={(value) => t(`template.variant.${value}`)}
          onChange={setVariant}
        />
        <Choices
          name="template-lang"
          legend={t('template.lang')}
          values={LANGS}
          value={lang}
          label={(value) => t(`template.lang.${value}`)}
          onChange={setLang}
        />
      </div>
      <ErrorBanner error={loaded.error} />
      {template ? (
        <>
          <TemplateEditor key={`${variant}-${lang}`} template={template} />
          <ItemValuesEditor template={template} />
        </>
      ) : loaded.loading ? (
        <p className="empty">{t('ui.loading')}</p>
      ) : null}
    </div>
  );
}
