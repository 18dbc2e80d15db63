import type { ScreenProps } from '../../app/routes';
import { SimDetail } from './SimDetail';
import { SimIntake } from './SimIntake';
import { SimList } from './SimList';
import '../shared/lending.css';
import './sims.css';

/** `#/sims`: the cards by state; `#/sims/intake`: a box scanned in; `#/sims/<ICCID>`: one card, its credit and codes. */
export function SimsScreen({ param }: ScreenProps) {
  if (param === 'intake') return <SimIntake />;
  if (param !== null && /^\d{6,}$/.test(param)) return <SimDetail iccid={param} />;
  return <SimList />;
}
