import { describe, expect, it } from 'vitest';
import { escapeAction, scanFeedback, scannedCode, type ScanOutcome } from '../../../renderer/components/scanBehaviour';

describe('the one scan field', () => {
  it('takes the code without the spaces, tabs or line ends around it', () => {
    expect(scannedCode('  5CQ6VY1 ')).toBe('5CQ6VY1');
    expect(scannedCode('\t8933150319000000017\r\n')).toBe('8933150319000000017');
    expect(scannedCode('RB 000123')).toBe('RB 000123');
  });

  it('ignores a stray Enter: nothing, or only spaces, is not a scan', () => {
    expect(scannedCode('')).toBeNull();
    expect(scannedCode('   ')).toBeNull();
  });

  it('empties the field for the next scan and beeps high when the scan is taken', () => {
    expect(scanFeedback('accepted')).toEqual({ beep: 'success', text: 'clear' });
  });

  it('keeps a refused code selected, so the next scan replaces it, and beeps low', () => {
    expect(scanFeedback('refused')).toEqual({ beep: 'error', text: 'select' });
  });

  it('keeps the code selected without a beep while the screen offers a choice', () => {
    expect(scanFeedback('undecided')).toEqual({ beep: null, text: 'select' });
  });

  it('beeps low without moving the focus when another field is the one in error', () => {
    expect(scanFeedback('refused-elsewhere')).toEqual({ beep: 'error', text: 'keep' });
  });

  it('beeps on every outcome that settles a scan, never on a choice left open', () => {
    const outcomes: ScanOutcome[] = ['accepted', 'refused', 'undecided', 'refused-elsewhere'];
    expect(outcomes.filter((outcome) => scanFeedback(outcome).beep === null)).toEqual(['undecided']);
  });

  it('clears with Esc, and hands Esc on an empty field to the screen', () => {
    expect(escapeAction('RB-000123')).toBe('clear');
    expect(escapeAction('')).toBe('cancel');
  });
});
