interface CheckboxGroupProps {
  legend: string;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  /** The chosen ids, in the order of `options`. */
  onChange(chosen: string[]): void;
  testId?: string;
  /** Each box's test id, from the option's id. */
  optionTestId?: (id: string) => string;
}

/** A choice of several options as a grid of checkboxes under one legend. */
export function CheckboxGroup({ legend, options, chosen, onChange, testId, optionTestId }: CheckboxGroupProps) {
  const toggle = (id: string, on: boolean) => onChange(options.map((option) => option.id).filter((optionId) => (optionId === id ? on : chosen.includes(optionId))));
  return (
    <fieldset data-testid={testId}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.id} className="radio">
            <input type="checkbox" checked={chosen.includes(option.id)} onChange={(event) => toggle(option.id, event.target.checked)} data-testid={optionTestId?.(option.id)} />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
