import { routeHash } from '../../app/router';

/** Where a handover's own page is: `#/handovers/<id>`. */
export const handoverHref = (id: number): string => routeHash('handovers', String(id));

/** A handover's number, as a link to its page. */
export function HandoverLink({ id, number }: { id: number; number: string }) {
  return (
    <a className="mono tag-link" href={handoverHref(id)} data-handover-link={number}>
      {number}
    </a>
  );
}
