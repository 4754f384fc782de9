import type { Agreement } from '../contract/goals';
import { formatGermanDate } from '../domain/dates';
import { MEASURE_STATUSES, STATUS_LABELS } from '../vocabulary/goals';
import type { ConceptBlock } from './concept-blocks';

/** Umsetzung und Controlling: the state of the measures and the yearly reports filed so far; left out without measures. */
export function implementationChapter(title: string, agreement: Agreement): ConceptBlock[] {
  if (agreement.totals.measures === 0) return [];
  const { overall } = agreement.progress;
  const blocks: ConceptBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `Vorgesehen sind ${agreement.yearlyReports} Jahresberichte zum Stand der Umsetzung. Stand der ${overall.total} Maßnahmen: ${overall.done} umgesetzt, ${overall.running} begonnen, ${overall.planned} geplant, ${overall.late} verspätet, ${overall.dropped} entfallen.`,
    },
  ];
  if (agreement.reports.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Ein Jahresbericht liegt noch nicht vor.', note: true });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    caption: 'Jahresberichte',
    columns: [
      { title: 'Jahr', width: 10 },
      { title: 'Berichtet am', width: 16 },
      ...MEASURE_STATUSES.map((status) => ({ title: STATUS_LABELS[status], width: 11, numeric: true })),
      { title: 'Bemerkung', width: 19 },
    ],
    rows: [...agreement.reports]
      .sort((a, b) => a.year - b.year)
      .map((report) => [
        `${report.year}. Jahr`,
        formatGermanDate(report.reportDate),
        ...MEASURE_STATUSES.map((status) => String(report.entries.filter((entry) => entry.status === status).length)),
        report.comment,
      ]),
  });
  return blocks;
}
