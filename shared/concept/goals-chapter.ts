import type { Terminology } from '../catalogue/terminology';
import type { Agreement } from '../contract/goals';
import { formatGermanDate } from '../domain/dates';
import { formatGermanMonth } from '../domain/german-dates';
import { formatEuro } from '../domain/german-numbers';
import { PRIORITY_LABELS, STATUS_LABELS } from '../vocabulary/goals';
import type { ConceptBlock, ConceptColumn } from './concept-blocks';

const MEASURE_COLUMNS: ConceptColumn[] = [
  { title: 'Nr.', width: 7 },
  { title: 'Ziel', width: 15 },
  { title: 'Maßnahme', width: 19 },
  { title: 'Verantwortlich', width: 14 },
  { title: 'Zeitraum', width: 12 },
  { title: 'Budget', width: 13, numeric: true },
  { title: 'Priorität', width: 10 },
  { title: 'Stand', width: 10 },
];

type Measure = Agreement['fields'][number]['strategicGoals'][number]['goals'][number]['measures'][number];

function timeFrame(measure: Measure): string {
  if (!measure.startMonth && !measure.endMonth) return '';
  return `${formatGermanMonth(measure.startMonth) || '?'} – ${formatGermanMonth(measure.endMonth) || '?'}`;
}

function budget(measure: Measure): string {
  const amount = measure.budget === null ? '' : formatEuro(measure.budget);
  return [amount, measure.budgetNote].filter(Boolean).join(' ');
}

const responsible = (measure: Measure) => [measure.responsibleUnit, measure.responsiblePerson].filter(Boolean).join(', ');

/** Ziele und Maßnahmen: per field its strategic goals, each with a table of its goals' measures and the field's budget; left out without goals. */
export function goalsChapter(title: string, terms: Terminology, fieldLabel: string, agreement: Agreement): ConceptBlock[] {
  const fields = agreement.fields.filter((field) => field.strategicGoals.length > 0);
  if (fields.length === 0) return [];
  const blocks: ConceptBlock[] = [{ kind: 'heading', level: 1, text: title }];
  blocks.push({
    kind: 'paragraph',
    text: agreement.adopted
      ? `Die ${terms.agreement} wurde mit dem ${terms.resolution} vom ${formatGermanDate(agreement.adopted.resolutionDate)}${agreement.adopted.drucksache ? ` (Drucksache ${agreement.adopted.drucksache})` : ''} beschlossen: ${agreement.totals.goals} Ziele, ${agreement.totals.measures} Maßnahmen, Budget ${formatEuro(agreement.totals.budget)}.`
      : `Entwurf der ${terms.agreement} zur Beschlussfassung: ${agreement.totals.goals} Ziele, ${agreement.totals.measures} Maßnahmen, Budget ${formatEuro(agreement.totals.budget)}.`,
  });
  for (const field of fields) {
    blocks.push({ kind: 'heading', level: 2, text: `${field.code} ${field.name}` });
    for (const strategic of field.strategicGoals) {
      blocks.push({ kind: 'heading', level: 3, text: `${strategic.number} ${strategic.title}` });
      const rows = strategic.goals.flatMap((goal) =>
        goal.measures.length === 0
          ? [[goal.number, goal.title, 'noch keine Maßnahme', '', '', '', '', '']]
          : goal.measures.map((measure) => [measure.number, `${goal.number} ${goal.title}`, measure.title, responsible(measure), timeFrame(measure), budget(measure), PRIORITY_LABELS[measure.priority], STATUS_LABELS[measure.status]]),
      );
      if (rows.length === 0) {
        blocks.push({ kind: 'paragraph', text: 'Zu diesem strategischen Ziel sind noch keine Ziele vereinbart.', note: true });
        continue;
      }
      const strategicBudget = strategic.goals.flatMap((goal) => goal.measures).reduce((sum, measure) => sum + (measure.budget ?? 0), 0);
      blocks.push({ kind: 'table', caption: `Maßnahmen zu ${strategic.number} ${strategic.title}`, columns: MEASURE_COLUMNS, rows, totals: ['', 'Summe', '', '', '', formatEuro(strategicBudget), '', ''] });
    }
  }
  blocks.push({
    kind: 'table',
    caption: `Budget nach ${fieldLabel}`,
    columns: [
      { title: fieldLabel, width: 50 },
      { title: 'Maßnahmen', width: 20, numeric: true },
      { title: 'Budget', width: 30, numeric: true },
    ],
    rows: fields.map((field) => [`${field.code} ${field.name}`, String(field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)).length), formatEuro(field.budget)]),
    totals: ['Gesamt', String(agreement.totals.measures), formatEuro(agreement.totals.budget)],
  });
  return blocks;
}
