interface SelectOption {
  value: string;
  label: string;
}

/** The options of a `<select>`, after an optional first one with an empty value (no choice, all, none). */
export function SelectOptions({ options, empty }: { options: readonly SelectOption[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** The options of a vocabulary's labels, in their order. */
export function optionsOf<V extends string>(labels: Record<V, string>): { value: V; label: string }[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}
