import { mayCorrect } from '../../shared/domain/corrections';
import { useSession } from '../app/session';

/** Whether the operator at this station may correct identities and void records. */
export function useMayCorrect(): boolean {
  const { state } = useSession();
  return mayCorrect(state.operator?.roles ?? []);
}
