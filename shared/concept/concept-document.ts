import type { ConceptChapterKey, ConceptOutline } from '../catalogue/concept-outline';
import type { MethodOutput } from '../contract';
import type { CaseDetail } from '../contract/cases';
import type { Agreement } from '../contract/goals';
import type { Participation } from '../contract/participation';
import type { Questionnaire } from '../contract/questionnaire';
import type { Scoring } from '../contract/scoring';
import { roundLabel } from '../catalogue/terminology';
import { BUNDESLAENDER } from '../domain/bundeslaender';
import { formatGermanDate } from '../domain/dates';
import { stripXmlUnsafe } from '../domain/xml-safe-text';
import { appendixChapter } from './appendix-chapter';
import type { ConceptBlock, ConceptDocument } from './concept-blocks';
import { goalsChapter } from './goals-chapter';
import { implementationChapter } from './implementation-chapter';
import { participationChapter } from './participation-chapter';
import { profileChapter } from './profile-chapter';
import { situationChapter } from './situation-chapter';

interface ConceptSources {
  outline: ConceptOutline;
  detail: CaseDetail;
  questionnaire: Questionnaire;
  scoring: Scoring;
  participation: Participation;
  participationSummary: MethodOutput<'participation.summary'>;
  agreement: Agreement;
  documents: readonly string[];
  /** This export's running number for the case, and its date. */
  version: { number: number; date: string };
}

function versionLine(version: { number: number; date: string }): string {
  return `Fassung ${version.number} vom ${formatGermanDate(version.date)}`;
}

/** Every text as the file can hold it: characters Word cannot store are dropped, the rest is kept as written. */
function plain(block: ConceptBlock): ConceptBlock {
  switch (block.kind) {
    case 'heading':
      return { ...block, text: stripXmlUnsafe(block.text) };
    case 'paragraph':
      return { ...block, text: stripXmlUnsafe(block.text), ...(block.lead ? { lead: stripXmlUnsafe(block.lead) } : {}) };
    case 'bullets':
      return { ...block, items: block.items.map(stripXmlUnsafe) };
    case 'table':
      return { ...block, caption: stripXmlUnsafe(block.caption), rows: block.rows.map((row) => row.map(stripXmlUnsafe)), ...(block.totals ? { totals: block.totals.map(stripXmlUnsafe) } : {}) };
    case 'profileChart':
      return { ...block, altText: stripXmlUnsafe(block.altText) };
  }
}

/** The council's document of a case, chapter by chapter in the procedure's order; each chapter only where the case has its data. */
export function conceptDocument(sources: ConceptSources): ConceptDocument {
  const { outline, detail, agreement } = sources;
  const version = versionLine(sources.version);
  const chapter: Record<ConceptChapterKey, (title: string) => ConceptBlock[]> = {
    ausgangslage: (title) => situationChapter(title, sources.questionnaire),
    profil: (title) => profileChapter(title, sources.scoring),
    beteiligung: (title) => participationChapter(title, detail.fieldLabel, sources.participation, sources.participationSummary),
    ziele: (title) => goalsChapter(title, detail.terms, detail.fieldLabel, agreement),
    umsetzung: (title) => implementationChapter(title, agreement),
    anhang: (title) =>
      appendixChapter({ title, terms: detail.terms, conceptName: outline.name, version, municipality: detail.municipalityName, measures: agreement.totals.measures, documents: sources.documents }),
  };
  const chapters = outline.chapters.map((entry) => chapter[entry.key](entry.title)).filter((blocks) => blocks.length > 0);
  const numbered = chapters.flatMap((blocks, index) => blocks.map((block) => (block.kind === 'heading' && block.level === 1 ? { ...block, text: `${index + 1}. ${block.text}` } : block)));
  const motto = detail.motto.trim();
  const place = [detail.landkreis, BUNDESLAENDER[detail.bundesland]].filter(Boolean).join(', ');
  return {
    documentTitle: stripXmlUnsafe(`${outline.title} – ${detail.municipalityName}`),
    titlePage: {
      title: outline.title,
      motto: motto ? stripXmlUnsafe(motto) : null,
      municipality: stripXmlUnsafe(detail.municipalityName),
      lines: [place, `Verfahren: ${detail.catalogueName}`, `Runde: ${roundLabel(detail.terms, detail.auditRound)}`, `Stand: ${formatGermanDate(sources.version.date)}`].map(stripXmlUnsafe).filter(Boolean),
      version,
    },
    contentsHeading: 'Inhalt',
    blocks: numbered.map(plain),
  };
}
