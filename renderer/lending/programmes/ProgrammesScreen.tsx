import type { ScreenProps } from '../../app/routes';
import { ProgrammeDetail } from './ProgrammeDetail';
import { ProgrammeList } from './ProgrammeList';
import '../shared/lending.css';

/** `#/programmes`: every programme; `#/programmes/<id>`: one programme's terms and progress against its targets. */
export function ProgrammesScreen({ param }: ScreenProps) {
  const id = Number(param);
  return param !== null && Number.isInteger(id) && id > 0 ? <ProgrammeDetail id={id} /> : <ProgrammeList />;
}
