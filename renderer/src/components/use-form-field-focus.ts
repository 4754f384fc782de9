import { useState, type FocusEvent } from 'react';

const isFormField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/**
 * Whether one of a container's form fields has the focus (its buttons do not count). Spread
 * `onFocus` and `onBlur` on the container; focus events bubble in React.
 */
export function useFormFieldFocus() {
  const [focused, setFocused] = useState(false);
  return {
    focused,
    onFocus: (event: FocusEvent) => {
      if (isFormField(event.target)) setFocused(true);
    },
    onBlur: (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node && event.currentTarget.contains(next) && isFormField(next))) setFocused(false);
    },
  };
}
