import { useEffect, useRef, type RefObject } from 'react';
import type { ApiError } from '../../shared/errors';

/** What holds a refusal and its fields: the form, else the dialog or panel the banner sits in. */
const HOLDER = 'form, [role="dialog"], .panel';
/** A field shown in error: outlined inputs, or the inputs of an outlined group (a choice of presets, a checklist). */
const IN_ERROR = [
  '[aria-invalid="true"]',
  '.is-invalid input:checked',
  '.is-invalid input:not([type="hidden"])',
  '.is-invalid select',
  '.is-invalid textarea',
  '.is-invalid button',
].join(', ');

function fieldInError(holder: ParentNode, field: string | undefined): HTMLElement | null {
  const outlined = holder.querySelector<HTMLElement>(IN_ERROR);
  if (outlined) return outlined;
  if (!field) return null;
  return holder.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
}

/**
 * Brings a refusal to the eye: the field it names gets the focus and is scrolled to the middle of the screen (a form
 * taller than the window no longer hides it below), else the message itself is scrolled into view. Runs once per
 * refusal shown, after the form has outlined its fields.
 */
export function revealProblem(anchor: HTMLElement, problem: ApiError): void {
  const holder = anchor.closest(HOLDER) ?? anchor.ownerDocument;
  const target =
    problem.field !== undefined || problem.code === 'invalid_input' ? fieldInError(holder, problem.field) : null;
  if (!target) {
    anchor.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (anchor.ownerDocument.activeElement !== target) target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}

/** `revealProblem` for the banner showing `problem`: each new refusal is revealed once. */
export function useRevealProblem(anchor: RefObject<HTMLElement | null>, problem: ApiError | null): void {
  const revealed = useRef<ApiError | null>(null);
  useEffect(() => {
    if (!problem || problem === revealed.current || !anchor.current) return;
    revealed.current = problem;
    revealProblem(anchor.current, problem);
  }, [anchor, problem]);
}
