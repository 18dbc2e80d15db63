import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AgreementTemplate } from '../../../shared/contract/agreements-types';
import { parseTemplate } from '../../../shared/domain/agreement-template';
import type { ApiError } from '../../../shared/errors';
import type { ApiCache } from '../../api/queries';
import { useApiMutation } from '../../api/queries';
import { maxLengthOf } from '../../forms/limits';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';
import { PlaceholderList } from './PlaceholderList';
import { sampleValues } from './sampleValues';
import { problemMessage } from './templateProblem';
import { TemplatePreview } from './TemplatePreview';

const BODY_MAX_LENGTH = maxLengthOf('agreementTemplates.save', 'body');

/** The text as saved (or reset) is what the template screen reads: it goes into the cache as it is. */
const intoCache = (cache: ApiCache, saved: AgreementTemplate) =>
  cache.set(
    'agreementTemplates.get',
    { programmeId: saved.programmeId, variant: saved.variant, lang: saved.lang },
    () => saved,
  );

/** One text (a kind of document in one language): textarea, live check, fields to insert, preview, save and reset. */
export function TemplateEditor({
  template,
  onChanged,
}: {
  template: AgreementTemplate;
  onChanged?: (template: AgreementTemplate) => void;
}) {
  const t = useT();
  const save = useApiMutation('agreementTemplates.save', { updates: intoCache });
  const reset = useApiMutation('agreementTemplates.reset', { updates: intoCache });
  const busy = save.busy || reset.busy;
  const toast = useToast();
  const format = useFormat();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(template.body);
  const [confirmReset, setConfirmReset] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setBody(template.body), [template]);

  const parsed = useMemo(
    () => parseTemplate(body, template.lang, template.variant),
    [body, template.lang, template.variant],
  );
  const values = useMemo(() => sampleValues(template, t, format), [template, t, format]);
  const dirty = body !== template.body;

  const insert = (token: string) => {
    const element = area.current;
    const at = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? at;
    setBody(`${body.slice(0, at)}${token}${body.slice(end)}`);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const run = async (method: 'agreementTemplates.save' | 'agreementTemplates.reset', done: string) => {
    const key = { programmeId: template.programmeId, variant: template.variant, lang: template.lang };
    const result = method === 'agreementTemplates.save' ? await save.run({ ...key, body }) : await reset.run(key);
    setConfirmReset(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(done);
    onChanged?.(result.value);
  };

  const status =
    template.custom && template.updatedAt
      ? t('template.custom', { date: format.dateTime(template.updatedAt), operator: template.updatedBy?.name ?? '' })
      : t('template.default');

  return (
    <div className="template-editor">
      <section className="panel desk-panel template-text" aria-label={t('template.body')}>
        <p className="desk-hint" data-testid="template-status">
          {status}
        </p>
        <div className={`field${parsed.ok ? '' : ' is-invalid'}`}>
          <label htmlFor={`${id}-body`} className="field-label">
            {t('template.body')}
          </label>
          <textarea
            id={`${id}-body`}
            ref={area}
            className="input template-body"
            rows={22}
            maxLength={BODY_MAX_LENGTH}
            spellCheck
            lang={template.lang}
            value={body}
            aria-invalid={!parsed.ok || undefined}
            aria-describedby={`${id}-hint ${id}-check`}
            onChange={(event) => setBody(event.target.value)}
            data-testid="template-body"
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('template.bodyHint')}
          </p>
        </div>
        <p
          id={`${id}-check`}
          className={parsed.ok ? 'template-ok' : 'template-problem'}
          role="status"
          data-testid="template-check"
        >
          {parsed.ok ? (dirty ? t('template.unsaved') : t('template.valid')) : problemMessage(t, parsed.problem)}
        </p>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <div className="form-actions">
          <Button variant="ghost" disabled={!template.custom || busy} onClick={() => setConfirmReset(true)}>
            {t('template.reset')}
          </Button>
          <Button
            variant="primary"
            busy={busy}
            disabled={!parsed.ok || !dirty}
            onClick={() => void run('agreementTemplates.save', t('template.saved'))}
          >
            {t('template.save')}
          </Button>
        </div>
      </section>
      <aside className="template-side">
        <PlaceholderList placeholders={template.placeholders} onInsert={insert} />
        <section className="panel desk-panel" aria-labelledby="preview-title">
          <h3 id="preview-title">{t('template.preview')}</h3>
          <p className="desk-hint">{t('template.previewHint')}</p>
          {parsed.ok ? <TemplatePreview blocks={parsed.blocks} values={values} labelledBy="preview-title" /> : null}
        </section>
      </aside>
      <ConfirmDialog
        open={confirmReset}
        title={t('template.reset')}
        message={t('template.resetConfirm')}
        confirmLabel={t('template.reset')}
        tone="danger"
        busy={busy}
        onConfirm={() => void run('agreementTemplates.reset', t('template.resetDone'))}
        onCancel={() => setConfirmReset(false)}
      />
    </div>
  );
}
