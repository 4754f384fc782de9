import type { Scoring } from '../contract/scoring';
import { formatGermanDecimal } from '../domain/german-numbers';
import { ITEM_KIND_LABELS, ITEM_KINDS } from '../vocabulary/scoring';
import type { ConceptBlock } from './concept-blocks';

const score = (value: number | null) => (value === null ? 'nicht bewertet' : formatGermanDecimal(value, 1));

/** Stärken und Schwächen: the profile chart with the table of its values, then each field's summary, strengths, weaknesses and needs. */
export function profileChapter(title: string, scoring: Scoring): ConceptBlock[] {
  const rated = scoring.fields.some((field) => field.score !== null);
  const described = scoring.fields.filter((field) => field.items.length > 0 || field.summary.trim() !== '');
  if (!rated && described.length === 0) return [];
  const blocks: ConceptBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (rated) {
    blocks.push(
      {
        kind: 'paragraph',
        text: `Das Profil zeigt je ${scoring.fieldLabel} den gewichteten Wert seiner bewerteten Kriterien auf einer Skala von 0 bis 100${scoring.overall !== null ? `; über alle Felder ${score(scoring.overall)}` : ''}.`,
      },
      { kind: 'profileChart', altText: `Stärken-Schwächen-Profil: ${scoring.fields.map((field) => `${field.code} ${field.name}: ${score(field.score)}`).join('; ')}.` },
      {
        kind: 'table',
        caption: 'Bewertung je Feld',
        columns: [
          { title: scoring.fieldLabel, width: 60 },
          { title: 'Wert (0–100)', width: 20, numeric: true },
          { title: 'Kriterien bewertet', width: 20, numeric: true },
        ],
        rows: scoring.fields.map((field) => [`${field.code} ${field.name}`, score(field.score), `${field.rated} von ${field.total}`]),
      },
    );
  }
  for (const field of described) {
    blocks.push({ kind: 'heading', level: 2, text: `${field.code} ${field.name}` });
    if (field.summary.trim() !== '') blocks.push({ kind: 'paragraph', text: field.summary });
    for (const kind of ITEM_KINDS) {
      const items = field.items.filter((item) => item.kind === kind).map((item) => item.text);
      if (items.length > 0) blocks.push({ kind: 'heading', level: 3, text: ITEM_KIND_LABELS[kind] }, { kind: 'bullets', items });
    }
  }
  return blocks;
}
