import type { ComponentProps } from 'react';

/**
 * A date typed the German way (TT.MM.JJJJ). A native date picker would follow the operating
 * system's locale and show mm/dd/yyyy on many machines.
 */
export function DateInput(props: Omit<ComponentProps<'input'>, 'type'>) {
  return <input type="text" placeholder="TT.MM.JJJJ" autoComplete="off" maxLength={10} {...props} />;
}
