import type { TemplateProblem } from '../../../shared/domain/agreement-template';
import type { T } from '../../i18n/useT';

/** The same sentence main answers when a save is refused, shown while the coordinator types. */
export function problemMessage(t: T, problem: TemplateProblem): string {
  const { code, ...params } = problem;
  return t(`error.${code}`, params);
}
