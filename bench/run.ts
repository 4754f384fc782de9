// `npm run bench`: measures, prints a table, writes JSON, exits non-zero when a budget is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { printTable, withinBudget, type Measurement } from './bench-table';
import { benchAssessmentExport } from './assessment.bench';
import { benchScoringRender } from './scoring-render.bench';
import { benchXlsx } from './xlsx.bench';

const rows: Measurement[] = [...(await benchXlsx()), ...(await benchAssessmentExport()), ...(await benchScoringRender())];
printTable(rows);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));
console.log(`\nErgebnisse gespeichert: ${file}`);
const broken = rows.filter((row) => !withinBudget(row));
if (broken.length > 0) {
  console.error(`Budget überschritten: ${broken.map((row) => row.operation).join('; ')}`);
  process.exit(1);
}
