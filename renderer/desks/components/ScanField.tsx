import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../../i18n/useT';
import { useCaptureTyping } from './useCaptureTyping';

interface ScanFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter: a scanner ends every code with it. */
  onScan: (value: string) => void;
  /** Esc; by default it clears the field. */
  onCancel?: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  invalid?: boolean;
  busy?: boolean;
  /** Shortcut shown next to the label, e.g. `Alt+S`. */
  shortcut?: string;
  describedBy?: string;
}

/**
 * The field a scanner types into at a desk: large, controlled by the desk so that it can keep the text (selected)
 * after a refusal and empty it after a success, which the shared ScanInput does not offer. Enter scans, Esc
 * clears or, when already empty, hands over to `onCancel`. Elsewhere on the desk, typing while a button or link
 * has the focus lands here, and an unused Esc comes back here.
 */
export function ScanField(props: ScanFieldProps) {
  const t = useT();
  useCaptureTyping(props.inputRef);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!props.busy) props.onScan(props.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (props.onCancel) props.onCancel();
      else props.onChange('');
    }
  };
  return (
    <div className={`field desk-scan${props.invalid ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={props.id} className="field-label">
          {props.label}
        </label>
        {props.shortcut && <kbd className="desk-kbd">{props.shortcut}</kbd>}
      </div>
      <input
        id={props.id}
        ref={props.inputRef}
        className="input desk-scan-input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={props.invalid ? true : undefined}
        aria-busy={props.busy ? true : undefined}
        aria-describedby={props.describedBy}
        placeholder={t('desk.scanPrompt')}
      />
    </div>
  );
}
