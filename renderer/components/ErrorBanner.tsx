import { useRef } from 'react';
import type { ApiError } from '../../shared/errors';
import { useRevealProblem } from '../forms/revealProblem';
import { useT } from '../i18n/useT';

export interface ErrorBannerProps {
  /** The refused call's error, already translated by main; nothing is shown when null. */
  error: ApiError | null;
  onDismiss?: () => void;
  /** How many per-device refusals to list before « et N autres… ». */
  maxRefusals?: number;
}

/**
 * The visible answer to a refused operation: the translated message, then each refused device with its
 * reason (bulk actions are all or nothing, so these are the devices to deal with first). The field the refusal
 * names gets the focus and is scrolled into view (`revealProblem`), in every form.
 */
export function ErrorBanner({ error, onDismiss, maxRefusals = 30 }: ErrorBannerProps) {
  const t = useT();
  const anchor = useRef<HTMLDivElement>(null);
  useRevealProblem(anchor, error);
  if (!error) return null;
  const refusals = error.refusals ?? [];
  const shown = refusals.slice(0, maxRefusals);
  return (
    <div ref={anchor} className="banner banner-error" role="alert" data-error-code={error.code}>
      <div className="banner-body">
        <p className="banner-title">{t('errorBanner.title')}</p>
        <p className="banner-message">{error.message}</p>
        {error.field && refusals.length === 0 && error.code === 'invalid_input' ? (
          <p className="banner-note">{t('errorBanner.fieldHint')}</p>
        ) : null}
        {shown.length > 0 ? (
          <>
            <p className="banner-note">{t('errorBanner.refusals')}</p>
            <ul className="refusal-list">
              {shown.map((refusal) => (
                <li key={`${refusal.deviceId}-${refusal.code}`}>
                  {refusal.assetTag ? (
                    <a className="tag-link" href={`#/device/${encodeURIComponent(refusal.assetTag)}`}>
                      {refusal.assetTag}
                    </a>
                  ) : null}
                  <span>{refusal.message}</span>
                </li>
              ))}
            </ul>
            {refusals.length > shown.length ? (
              <p className="banner-note">{t('errorBanner.moreRefusals', { count: refusals.length - shown.length })}</p>
            ) : null}
          </>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" className="banner-close" onClick={onDismiss} aria-label={t('ui.dismiss')}>
          ×
        </button>
      ) : null}
    </div>
  );
}
