import { SelectOptions } from './SelectOptions';

interface FilterSelectProps<V extends string> {
  label: string;
  testId: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  /** Shown first with an empty value when the filter may be off. */
  allLabel?: string;
  onChange(value: V | undefined): void;
}

export function FilterSelect<V extends string>({ label, testId, value, options, allLabel, onChange }: FilterSelectProps<V>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as V | undefined)}>
        <SelectOptions options={options} {...(allLabel !== undefined ? { empty: allLabel } : {})} />
      </select>
    </label>
  );
}
