/** Why JSON.parse refused a text, in German: where it stopped, without the engine's English. */
export function jsonErrorReason(error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return position ? `kein gültiges JSON (Fehler an Zeichen ${Number(position[1]) + 1})` : 'kein gültiges JSON';
}
