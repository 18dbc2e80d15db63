import { useState, type RefObject } from 'react';
import type { Partner } from '../../../shared/contract/lending-types';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { ShortcutLabel } from '../components/ShortcutLabel';

const MAX_SHOWN = 8;

/**
 * A partner institution receiving a set (a children's home, a school): type part of its name, Enter takes the
 * first match, or pick one from the list.
 */
export function InstitutionPicker({
  inputRef,
  onChosen,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onChosen: (partner: Partner) => void;
}) {
  const t = useT();
  const partners = useApiQuery('partners.list', {});
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const matches = (partners.data ?? []).filter(
    (partner) => partner.active && partner.name.toLowerCase().includes(needle),
  );
  return (
    <div className="handover-picker">
      <div className="field">
        <ShortcutLabel htmlFor="handover-institution" label={t('handoverDesk.findInstitution')} shortcut="Alt+I" />
        <input
          id="handover-institution"
          ref={inputRef}
          className="input handover-search-input"
          value={query}
          autoComplete="off"
          placeholder={t('handoverDesk.findInstitutionPrompt')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.ctrlKey || !matches[0]) return;
            event.preventDefault();
            onChosen(matches[0]);
          }}
        />
      </div>
      {matches.length === 0 ? (
        <p className="desk-muted">{t('handoverDesk.noInstitution')}</p>
      ) : (
        <ul className="handover-results" data-testid="institution-results">
          {matches.slice(0, MAX_SHOWN).map((partner) => (
            <li key={partner.id}>
              <button type="button" className="handover-result" onClick={() => onChosen(partner)}>
                <strong>{partner.name}</strong>
                <span className="desk-muted">{t(`partnerKind.${partner.kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
