import { useId } from 'react';
import type { SelectOption } from './Field';

export interface InlineSelectProps<V extends string> {
  label: string;
  options: readonly SelectOption<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Marks the chip as filtering (highlighted), e.g. when the value is not « all ». */
  active?: boolean;
}

/** A compact `<select>` with its label inside the same chip, for filter bars next to `MultiSelect`. */
export function InlineSelect<V extends string>({
  label,
  options,
  value,
  onChange,
  active = false,
}: InlineSelectProps<V>) {
  const id = useId();
  return (
    <div className={`inline-select${active ? ' is-active' : ''}`}>
      <label htmlFor={id} className="inline-select-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
