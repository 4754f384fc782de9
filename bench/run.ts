// `npm run bench`: measures, prints a table, writes JSON, exits non-zero when a budget is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { printTable, withinBudget, type Measurement } from './bench-table';
import { benchAssessmentExport } from './assessment.bench';
import { benchConceptExport } from './concept.bench';
import { benchScoringRender } from './scoring-render.bench';
import { benchXlsx } from './xlsx.bench';
import { benchBundleSize } from './bundle-size.bench';
import { buildLargeDatabase } from './data/large-database';
import { benchDatabase, removeLargeDatabase } from './database.bench';
import { benchBackendStartup } from './startup.bench';
import { benchLargeUi } from './ui-large.bench';
import { benchInteractions } from './interactions.bench';
import { benchGrowth } from './growth.bench';
import { benchParticipation } from './participation.bench';
import { benchEvidence } from './evidence.bench';

const CASES = Number(process.env.BENCH_CASES ?? 2000);
const SEED = Number(process.env.BENCH_SEED ?? 20261121);

const large = await buildLargeDatabase(CASES, SEED);
console.log(`Testdaten: ${CASES} abgeschlossene Fälle (Seed ${SEED}) in ${(large.buildMs / 1000).toFixed(1)} s erzeugt.\n`);
const rows: Measurement[] = [];
try {
  rows.push(...(await benchDatabase(large)), ...(await benchBackendStartup(large)), ...(await benchLargeUi(large)), ...(await benchInteractions(large)));
} finally {
  removeLargeDatabase(large);
}
rows.push(...benchBundleSize(), ...(await benchXlsx()), ...(await benchAssessmentExport()), ...(await benchConceptExport()), ...(await benchScoringRender()), ...(await benchGrowth()), ...(await benchParticipation()), ...(await benchEvidence()));
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
