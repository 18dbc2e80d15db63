import type { ReactNode } from 'react';

export type NoticeTone = 'success' | 'warning' | 'info';

/** A non-blocking message in the app's banner style: green for done, amber for "check this", blue for guidance. */
export function Notice({ tone, children, testId }: { tone: NoticeTone; children: ReactNode; testId?: string }) {
  return (
    <div className={`banner banner-${tone}`} role="status" data-testid={testId}>
      <div className="banner-body">{children}</div>
    </div>
  );
}
