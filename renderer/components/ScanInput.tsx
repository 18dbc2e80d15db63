import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../i18n/useT';
import { beep } from './beep';
import { escapeAction, scanFeedback, scannedCode, type ScanOutcome } from './scanBehaviour';
import { useCaptureTyping } from './useCaptureTyping';
import './scan.css';

export type { ScanOutcome } from './scanBehaviour';

export interface ScanInputProps {
  /** The input's id (tests and labels point at it); one is made when absent. */
  id?: string;
  label: string;
  /** Shows the label only to screen readers (a search box in a toolbar). */
  hideLabel?: boolean;
  /** The key that jumps here, shown beside the label, e.g. `Alt+S`. */
  shortcut?: string;
  placeholder?: string;
  /**
   * Enter (a scanner ends every code with it): the code without surrounding spaces, never empty and never while the
   * previous scan is still being judged. The outcome decides the beep and what happens to the text.
   */
  onScan: (code: string) => ScanOutcome | Promise<ScanOutcome>;
  /** Enter on the empty field, ignored unless the screen has something else to take (intake: an IMEI alone). */
  onEnterEmpty?: () => void;
  /** Esc on the empty field: the screen lets go of what it holds. */
  onCancel?: () => void;
  /** Esc emptied the field: the screen forgets the refusal it shows. */
  onClear?: () => void;
  /** The text, when the screen keeps it (it reads it with other fields); otherwise the field keeps its own. */
  value?: string;
  onChange?: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  invalid?: boolean;
  busy?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
  /**
   * `desk` (default): the large field of a scan station, which also catches what a scanner types while a button or
   * a link has the focus. `search`: the smaller box of a list screen's toolbar.
   */
  variant?: 'desk' | 'search';
}

/**
 * The one field a scanner types into, on every desk and screen, with one behaviour: Enter takes the trimmed code;
 * an accepted scan beeps high and empties the field; a refused one beeps low and stays selected, so the next scan
 * replaces it; Esc empties the field, and on an empty field lets the screen cancel (`scanBehaviour.ts`).
 */
export function ScanInput(props: ScanInputProps) {
  const t = useT();
  const madeId = useId();
  const id = props.id ?? madeId;
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  const [ownValue, setOwnValue] = useState('');
  const controlled = props.value !== undefined;
  const value = controlled ? (props.value ?? '') : ownValue;
  const setValue = (next: string) => {
    if (!controlled) setOwnValue(next);
    props.onChange?.(next);
  };
  const judging = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const desk = (props.variant ?? 'desk') === 'desk';
  const { autoFocus } = props;
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus, inputRef]);
  useCaptureTyping(inputRef, desk);

  const settle = (outcome: ScanOutcome) => {
    const feedback = scanFeedback(outcome);
    if (feedback.beep) beep(feedback.beep);
    if (!mounted.current) return;
    if (feedback.text === 'clear') setValue('');
    else if (feedback.text === 'select') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  const scan = async () => {
    const code = scannedCode(value);
    if (judging.current || props.busy) return;
    if (code === null) return props.onEnterEmpty?.();
    judging.current = true;
    try {
      settle(await props.onScan(code));
    } finally {
      judging.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void scan();
    } else if (event.key === 'Escape') {
      if (escapeAction(value) === 'clear') {
        event.preventDefault();
        event.stopPropagation();
        setValue('');
        props.onClear?.();
      } else if (props.onCancel) {
        event.preventDefault();
        props.onCancel();
      }
    }
  };

  const input = (
    <input
      id={id}
      ref={inputRef}
      className={desk ? 'input desk-scan-input' : 'input scan-input'}
      type={desk ? 'text' : 'search'}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      placeholder={props.placeholder ?? t('desk.scanPrompt')}
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      aria-invalid={props.invalid ? true : undefined}
      aria-busy={props.busy ? true : undefined}
      aria-describedby={props.describedBy}
      data-scan-field=""
    />
  );
  const label = (
    <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
      {props.label}
    </label>
  );
  if (!desk) {
    return (
      <div className={`scan${props.invalid ? ' is-invalid' : ''}`}>
        {label}
        <div className="scan-box">
          <span className="scan-icon" aria-hidden="true">
            ⌕
          </span>
          {input}
          <kbd className="scan-kbd">{t('ui.enterKey')}</kbd>
        </div>
      </div>
    );
  }
  return (
    <div className={`field desk-scan${props.invalid ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        {label}
        {props.shortcut && <kbd className="desk-kbd">{props.shortcut}</kbd>}
      </div>
      {input}
    </div>
  );
}
