import { LANGS, type Lang } from '../../shared/i18n';
import { useApiMutation } from '../api/queries';
import { useSession } from '../app/session';
import { useT } from '../i18n/useT';

const SHORT: Record<Lang, string> = { fr: 'FR', en: 'EN' };

/** FR / EN: the language of this station's session; main translates its messages in it too. */
export function LangSwitch() {
  const t = useT();
  const { state, update } = useSession();
  const setLang = useApiMutation('session.setLang');
  const choose = async (lang: Lang) => {
    if (lang === state.lang || setLang.busy) return;
    const result = await setLang.run({ lang });
    if (result.ok) update(result.value);
  };
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-option"
          aria-pressed={state.lang === lang}
          title={t(`lang.${lang}`)}
          onClick={() => void choose(lang)}
        >
          {SHORT[lang]}
        </button>
      ))}
    </div>
  );
}
