/** Prints a reliability figure on its own line, so that CI logs show what was measured. */
export function printFigures(title: string, figures: Record<string, number | string>): void {
  const parts = Object.entries(figures).map(([name, value]) => `${name}: ${value}`);
  process.stdout.write(`\n[reliability] ${title}\n  ${parts.join('\n  ')}\n`);
}
