import type { Terminology } from '../catalogue/terminology';
import type { ConceptBlock } from './concept-blocks';

interface AppendixInput {
  title: string;
  terms: Terminology;
  /** The document's short name and its version line: "Strategiekonzept", "Fassung 2 vom 04.12.2026". */
  conceptName: string;
  version: string;
  municipality: string;
  measures: number;
  /** Titles of the documents attached to the case (Nachweise). */
  documents: readonly string[];
}

const BLANK = '__________';

/** Who adopts it, as the procedure names its resolution: "Gemeinderatsbeschluss" → "Der Gemeinderat", otherwise "Der Rat". */
const councilOf = (terms: Terminology) => (terms.resolution.startsWith('Gemeinderat') ? 'Der Gemeinderat' : 'Der Rat');

/** Anhang: a draft of the council's resolution once there are measures to adopt, and the attached documents; left out with neither. */
export function appendixChapter({ title, terms, conceptName, version, municipality, measures, documents }: AppendixInput): ConceptBlock[] {
  if (measures === 0 && documents.length === 0) return [];
  const blocks: ConceptBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (measures > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: `Beschlussvorschlag (${terms.resolution})` },
      { kind: 'paragraph', text: `Drucksache Nr. ${BLANK}, Sitzung vom ${BLANK}` },
      { kind: 'paragraph', text: `${councilOf(terms)} von ${municipality} beschließt das ${conceptName} in der vorliegenden ${version}${conceptName === terms.agreement ? '' : ` als ${terms.agreement}`}.` },
      {
        kind: 'bullets',
        items: [
          `Die ${measures} Maßnahmen werden im angegebenen Zeitraum und im Rahmen der jeweiligen Haushaltsmittel umgesetzt.`,
          `Die Verwaltung wird beauftragt, die Umsetzung zu steuern und ${councilOf(terms) === 'Der Gemeinderat' ? 'dem Gemeinderat' : 'dem Rat'} jährlich über den Stand zu berichten.`,
        ],
      },
      { kind: 'paragraph', text: 'Dieser Vorschlag ist ein Entwurf und wird von der Verwaltung für die Sitzungsvorlage angepasst.', note: true },
    );
  }
  if (documents.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Anlagen' }, { kind: 'bullets', items: [...documents] });
  return blocks;
}
