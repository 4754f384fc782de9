// Checks catalogue JSON files: `npx tsx scripts/check-catalogue.ts FILE...`
import { readFileSync } from 'node:fs';
import { questionsOf, validateCatalogue } from '../shared/catalogue/validate-catalogue';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validateCatalogue(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    failed = true;
    console.error(`${file}:\n  ${result.problems.join('\n  ')}`);
    continue;
  }
  const { catalogue } = result;
  const perField = catalogue.fields.map((field) => {
    const count = catalogue.questionnaire.sections.filter((section) => section.fieldId === field.id).flatMap((section) => section.questions).length;
    return `${field.code}: ${count}`;
  });
  const types = new Map<string, number>();
  for (const question of questionsOf(catalogue)) types.set(question.type, (types.get(question.type) ?? 0) + 1);
  console.log(`${file}: OK – ${catalogue.name} v${catalogue.version}; Fragen je Feld ${perField.join(', ')}; Typen ${[...types].map(([t, n]) => `${t}=${n}`).join(', ')}`);
}
process.exit(failed ? 1 : 0);
