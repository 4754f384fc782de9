import type { UseFormRegisterReturn } from 'react-hook-form';

interface RadioGroupProps {
  label: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  testIdPrefix: string;
}

/** A labelled row of radio buttons bound to one form field; arrow keys move between them. */
export function RadioGroup({ label, options, registration, testIdPrefix }: RadioGroupProps) {
  return (
    <div className="field" role="radiogroup" aria-label={label}>
      <span className="label">{label} *</span>
      <div className="radio-row">
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input type="radio" value={option.value} {...registration} data-testid={`${testIdPrefix}-${option.value}`} /> {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
