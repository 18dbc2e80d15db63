import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/** One labelled value of a detail page; an empty value shows a dash. Put it inside `<dl className="lending-facts">`. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const t = useT();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="lending-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd className={empty ? 'muted' : undefined}>{empty ? t('ui.empty') : children}</dd>
    </div>
  );
}

/** A contact detail the service withheld from this operator's role: said plainly, never shown as empty. */
export function Masked() {
  const t = useT();
  return (
    <span className="masked" title={t('lending.maskedHint')}>
      {t('lending.masked')}
    </span>
  );
}
