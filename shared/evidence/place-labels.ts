import type { Catalogue } from '../catalogue/catalogue-schema';
import { termsOf } from '../catalogue/terminology';
import { parsePlace, PLACE_LABELS } from './document-places';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A place as the auditor reads it: „Maßnahme „Familienbüro““, „Jahresbericht 2“ … */
export function placeLabeller(catalogue: Catalogue, names: { measures: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> }) {
  const questions = new Map(catalogue.questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question.text] as const)));
  const criteria = new Map(catalogue.scoring.fields.flatMap((field) => field.criteria.map((criterion) => [criterion.id, criterion.text] as const)));
  const certification = new Map(catalogue.certification.criteria.map((criterion) => [criterion.id, criterion.text] as const));
  const terms = termsOf(catalogue);
  return (place: string): string => {
    const { kind, ref } = parsePlace(place);
    const named = (text: string | undefined) => `${PLACE_LABELS[kind]} „${short(text ?? ref)}“`;
    switch (kind) {
      case 'case':
        return PLACE_LABELS.case;
      case 'resolution':
        return ref === 'mandate' ? `${terms.resolution} (Mandat)` : terms.resolutionOfAgreement;
      case 'report':
        return `Jahresbericht ${ref}`;
      case 'measure':
        return named(names.measures.get(ref));
      case 'event':
        return named(names.events.get(ref));
      case 'question':
        return named(questions.get(ref));
      case 'criterion':
        return named(criteria.get(ref));
      case 'certification':
        return named(certification.get(ref));
    }
  };
}
