/** A count with its noun in singular or plural: "1 Antwort", "3 Antworten", "0 Antworten". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
