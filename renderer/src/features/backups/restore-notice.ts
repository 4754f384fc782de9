const KEY = 'familienaudit.restoredFrom';

/** The window that starts a restore names the source itself, in the auditor's own time zone. */
let labelFromThisWindow: string | null = null;

export function beginRestore(label: string | null): void {
  labelFromThisWindow = label;
}

/** After a restore every window reloads; the notice survives the reload in sessionStorage. */
export function reloadAfterRestore(labelFromBackend: string): void {
  sessionStorage.setItem(KEY, labelFromThisWindow ?? labelFromBackend);
  window.location.reload();
}

export function takeRestoreNotice(): string | null {
  const value = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return value;
}
