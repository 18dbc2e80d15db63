import type { AgreementTemplate } from '../../../shared/contract/agreements-types';
import { useT } from '../../i18n/useT';

/** The fields a text may use, by their name in its language; a click inserts one at the cursor. */
export function PlaceholderList({
  placeholders,
  onInsert,
}: {
  placeholders: AgreementTemplate['placeholders'];
  onInsert: (token: string) => void;
}) {
  const t = useT();
  return (
    <section className="template-placeholders" aria-labelledby="placeholders-title">
      <h3 id="placeholders-title">{t('template.placeholders')}</h3>
      <p className="desk-hint">{t('template.placeholdersHint')}</p>
      <ul>
        {placeholders.map((placeholder) => (
          <li key={placeholder.id}>
            <button type="button" className="placeholder-token" onClick={() => onInsert(`{${placeholder.name}}`)}>
              {`{${placeholder.name}}`}
            </button>
            <span className="desk-muted">{t(`placeholder.${placeholder.id}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
