export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Shown on the key, e.g. `Alt+1` or `A`. */
  shortcut?: string;
}

export interface ChoiceGroupProps<V extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  invalid?: boolean;
  testId?: string;
}

/** Radio buttons drawn as a row of keys: arrows move between them natively, a shortcut may pick one directly. */
export function ChoiceGroup<V extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  invalid = false,
  testId,
}: ChoiceGroupProps<V>) {
  return (
    <fieldset className={`desk-choices${invalid ? ' is-invalid' : ''}`} data-testid={testId}>
      <legend>{legend}</legend>
      <div className="desk-choices-row">
        {choices.map((choice) => (
          <label key={choice.value} className={`desk-choice${choice.value === value ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
            {choice.shortcut && <kbd className="desk-kbd">{choice.shortcut}</kbd>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
