import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useT } from '../i18n/useT';

interface FieldFrame {
  label: string;
  /** A short help line under the field. */
  hint?: string;
  /** Outlines the field in red and marks it `aria-invalid`, e.g. when `error.field` names it. */
  invalid?: boolean;
  /** Adds « facultatif » after the label. */
  optional?: boolean;
  /** Extra content on the label line, right-aligned. */
  aside?: ReactNode;
  /** The refusal naming this field, shown under it (the form's banner says it too). */
  error?: string;
}

/** The ids an input is described by: its help line, then its error. */
function describedBy(hintId: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? hintId : null, error ? `${hintId}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame({
  id,
  hintId,
  label,
  hint,
  invalid,
  optional,
  aside,
  error,
  children,
}: FieldFrame & { id: string; hintId: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className={`field${invalid || error ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
          {optional ? <span className="field-optional"> ({t('ui.optional')})</span> : null}
        </label>
        {aside}
      </div>
      {children}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${hintId}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The one way a field is wired: an id for the label, the help line's and the error's ids, and the control's
 * `aria-invalid` / `aria-describedby` and class. Every field below frames its own control with it.
 */
function useFieldWiring(frame: FieldFrame, className: string | undefined) {
  const id = useId();
  const hintId = `${id}-hint`;
  return {
    frame: { ...frame, id, hintId },
    control: {
      id,
      className: `input ${className ?? ''}`,
      'aria-invalid': frame.invalid || Boolean(frame.error) || undefined,
      'aria-describedby': describedBy(hintId, frame.hint, frame.error),
    },
  };
}

export interface TextFieldProps extends FieldFrame, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input. Every other prop goes to the `<input>`. */
export function TextField({ label, hint, invalid, optional, aside, error, className, ...input }: TextFieldProps) {
  const { frame, control } = useFieldWiring({ label, hint, invalid, optional, aside, error }, className);
  return (
    <Frame {...frame}>
      <input {...control} {...input} />
    </Frame>
  );
}

export interface TextAreaFieldProps extends FieldFrame, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  hint,
  invalid,
  optional,
  aside,
  error,
  className,
  ...area
}: TextAreaFieldProps) {
  const { frame, control } = useFieldWiring({ label, hint, invalid, optional, aside, error }, className);
  return (
    <Frame {...frame}>
      <textarea {...control} {...area} />
    </Frame>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string>
  extends FieldFrame,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> {
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
}

/** A labelled `<select>` whose value is typed by its options. */
export function SelectField<V extends string>({
  label,
  hint,
  invalid,
  optional,
  aside,
  error,
  options,
  value,
  onChange,
  className,
  ...select
}: SelectFieldProps<V>) {
  const { frame, control } = useFieldWiring({ label, hint, invalid, optional, aside, error }, className);
  return (
    <Frame {...frame}>
      <select
        {...control}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label to its right; the whole label is clickable. */
export function Checkbox({ label, checked, onChange, className, ...input }: CheckboxProps) {
  return (
    <label className={`checkbox ${className ?? ''}`}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} {...input} />
      <span>{label}</span>
    </label>
  );
}
