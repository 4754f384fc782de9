/** A population class: from `from` inhabitants (inclusive) up to the next class's `from`. */
export interface PopulationClass {
  id: string;
  label: string;
  from: number;
}

/** The association's default classes; a pool may define its own as data. */
export const DEFAULT_POPULATION_CLASSES: readonly PopulationClass[] = [
  { id: 'unter-5000', label: 'unter 5.000', from: 0 },
  { id: '5000-20000', label: '5.000 bis unter 20.000', from: 5_000 },
  { id: '20000-50000', label: '20.000 bis unter 50.000', from: 20_000 },
  { id: '50000-100000', label: '50.000 bis unter 100.000', from: 50_000 },
  { id: 'ab-100000', label: '100.000 und mehr', from: 100_000 },
];

const UNKNOWN_POPULATION_CLASS: PopulationClass = { id: 'ohne-angabe', label: 'ohne Angabe', from: Number.NaN };

/** Classes must start at 0, rise strictly and have distinct ids; returns the problems in German. */
export function populationClassProblems(classes: readonly PopulationClass[]): string[] {
  const problems: string[] = [];
  if (classes.length === 0) return ['Es ist keine Größenklasse festgelegt.'];
  if (classes[0]?.from !== 0) problems.push('Die erste Größenklasse muss bei 0 Einwohnern beginnen.');
  classes.forEach((entry, index) => {
    const previous = classes[index - 1];
    if (!Number.isInteger(entry.from) || entry.from < 0) problems.push(`Die Größenklasse „${entry.label}“ hat keine gültige Untergrenze.`);
    if (previous && entry.from <= previous.from) problems.push(`Die Größenklasse „${entry.label}“ muss über „${previous.label}“ beginnen.`);
  });
  if (new Set(classes.map((entry) => entry.id)).size !== classes.length) problems.push('Zwei Größenklassen haben dieselbe Kennung.');
  return problems;
}

/** The class a population falls in; unknown or negative populations fall in "ohne Angabe". */
export function populationClassOf(population: number | null, classes: readonly PopulationClass[] = DEFAULT_POPULATION_CLASSES): PopulationClass {
  if (population === null || !Number.isFinite(population) || population < 0) return UNKNOWN_POPULATION_CLASS;
  let found: PopulationClass = UNKNOWN_POPULATION_CLASS;
  for (const entry of classes) if (population >= entry.from) found = entry;
  return found;
}
