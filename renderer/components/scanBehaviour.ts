import type { BeepKind } from './beep';

/**
 * What the screen made of a scan, told back to the scan field, which then does the same thing on every desk and
 * screen: `accepted` beeps high and empties the field for the next scan; `refused` beeps low and keeps the code,
 * selected, so the next scan replaces it; `undecided` (several matches to choose from) keeps it selected without a
 * beep; `refused-elsewhere` beeps low and leaves the focus where the screen put it (another field is in error).
 */
export type ScanOutcome = 'accepted' | 'refused' | 'undecided' | 'refused-elsewhere';

export interface ScanFeedback {
  beep: BeepKind | null;
  /** `clear`: empty the field; `select`: focus it and select its text; `keep`: leave the text and the focus. */
  text: 'clear' | 'select' | 'keep';
}

const FEEDBACK: Record<ScanOutcome, ScanFeedback> = {
  accepted: { beep: 'success', text: 'clear' },
  refused: { beep: 'error', text: 'select' },
  undecided: { beep: null, text: 'select' },
  'refused-elsewhere': { beep: 'error', text: 'keep' },
};

export function scanFeedback(outcome: ScanOutcome): ScanFeedback {
  return FEEDBACK[outcome];
}

/**
 * The code a scan carries: what was typed without the spaces a scanner or a hand adds around it (a scanner may
 * also end with a tab or a carriage return). Null for nothing at all: a stray Enter is not a scan.
 */
export function scannedCode(raw: string): string | null {
  const code = raw.trim();
  return code === '' ? null : code;
}

/** Esc in the scan field: empties it when it holds text, otherwise hands over to the screen (let go of a device). */
export function escapeAction(value: string): 'clear' | 'cancel' {
  return value === '' ? 'cancel' : 'clear';
}
