import type { ScreenProps } from '../app/routes';
import { ImportFlow } from './ImportFlow';
import { ReviewQueue } from './ReviewQueue';

/** `#/imports`: drop or choose files, see what will happen, map a sheet's columns, confirm once. `#/imports/queue`: the review queue. */
export function ImportScreen({ param }: ScreenProps) {
  if (param === 'queue') return <ReviewQueue />;
  return <ImportFlow initialBatch={param !== null && /^\d+$/.test(param) ? Number(param) : null} />;
}
