import { useId, useState, type Ref } from 'react';
import { useT } from '../i18n/useT';

export interface ScanInputProps {
  label: string;
  placeholder?: string;
  /** Called with the trimmed text when Enter is pressed (a scanner types fast and ends with Enter). */
  onSubmit: (value: string) => void | Promise<void>;
  /** Empties the box after each submit, ready for the next scan. */
  clearOnSubmit?: boolean;
  /** Called when Esc empties the box. */
  onClear?: () => void;
  autoFocus?: boolean;
  busy?: boolean;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Shows the label visibly (default) or only to screen readers. */
  hideLabel?: boolean;
}

/** The box a barcode scanner types into: Enter submits, Esc clears. */
export function ScanInput({ label, placeholder, onSubmit, clearOnSubmit = false, onClear, autoFocus, busy = false, invalid, inputRef, hideLabel = false }: ScanInputProps) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <div className={`scan${invalid ? ' is-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <div className="scan-box">
        <span className="scan-icon" aria-hidden="true">
          ⌕
        </span>
        <input
          id={id}
          ref={inputRef}
          className="input scan-input"
          type="search"
          value={value}
          placeholder={placeholder}
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-busy={busy || undefined}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              const trimmed = value.trim();
              if (trimmed === '') return;
              if (clearOnSubmit) setValue('');
              void onSubmit(trimmed);
            } else if (event.key === 'Escape' && value !== '') {
              event.preventDefault();
              event.stopPropagation();
              setValue('');
              onClear?.();
            }
          }}
        />
        <kbd className="scan-kbd">{t('ui.enterKey')}</kbd>
      </div>
    </div>
  );
}
