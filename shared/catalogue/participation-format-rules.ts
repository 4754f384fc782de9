import type { Catalogue } from './catalogue-schema';

/** Each format has its own id and name, and its phase is one of the catalogue's. */
export function participationFormatProblems(catalogue: Pick<Catalogue, 'phases' | 'participation'>): string[] {
  const problems: string[] = [];
  const phaseKeys = new Set(catalogue.phases.map((phase) => phase.key));
  const ids = new Set<string>();
  const names = new Set<string>();
  catalogue.participation.formats.forEach((format, index) => {
    const where = `participation.formats[${index}] (${format.id})`;
    if (ids.has(format.id)) problems.push(`${where}: Die Format-Kennung „${format.id}“ kommt mehrfach vor.`);
    const name = format.name.toLocaleLowerCase('de-DE');
    if (names.has(name)) problems.push(`${where}: Zwei Formate heißen „${format.name}“.`);
    ids.add(format.id);
    names.add(name);
    if (format.phase !== undefined && !phaseKeys.has(format.phase)) problems.push(`${where}: Die Phase „${format.phase}“ gibt es nicht.`);
  });
  return problems;
}
