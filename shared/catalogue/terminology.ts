import { z } from '../zod';

/**
 * The words a procedure uses for its own steps and roles. A catalogue names them in
 * `terminology`; what it leaves out is the audit's word (AUDIT_TERMS).
 */
export const AUDIT_TERMS = {
  /** The document of goals and measures the council adopts. */
  agreement: 'Zielvereinbarung',
  /** The council's decision on it, short and in full. */
  resolution: 'Ratsbeschluss',
  resolutionOfAgreement: 'Ratsbeschluss zur Zielvereinbarung',
  /** What the round earns, and the step that decides on it. */
  certificate: 'Zertifikat',
  assessment: 'Begutachtung und Zertifizierung',
  assessmentShort: 'Zertifizierung',
  /** The workbook sent to the deciding body. */
  assessmentWorkbook: 'Gutachten für den Verein',
  /** Who runs the round for the municipality. */
  auditor: 'Auditor/in',
  /** The first round and each later one. */
  firstRound: 'Erstaudit',
  nextRound: 'Re-Audit',
  /** The status quo and its questionnaire. */
  analysis: 'IST-Analyse',
  /** The two workshops recorded with the goal agreement. */
  strategyWorkshop: 'Strategieworkshop',
  agreementWorkshop: 'Zielvereinbarungsworkshop',
  /** The printed account of the round. */
  report: 'Auditbericht',
} as const;

export type TermKey = keyof typeof AUDIT_TERMS;
export type Terminology = Record<TermKey, string>;

const term = z.string().trim().min(1).max(120);

export const terminologySchema = z.object(Object.fromEntries(Object.keys(AUDIT_TERMS).map((key) => [key, term.optional()])) as Record<TermKey, z.ZodOptional<typeof term>>).strict();

/** Every word resolved, as the contract sends it. */
export const termsSchema = z.object(Object.fromEntries(Object.keys(AUDIT_TERMS).map((key) => [key, z.string()])) as Record<TermKey, z.ZodString>);

/** "Erstaudit" or "Re-Audit" in the procedure's words. */
export function roundLabel(terms: Pick<Terminology, 'firstRound' | 'nextRound'>, round: 'erstaudit' | 'reaudit'): string {
  return round === 'reaudit' ? terms.nextRound : terms.firstRound;
}

/** A catalogue's words, with the audit's where it names none. */
export function termsOf(catalogue: { terminology?: Partial<Terminology> | undefined }): Terminology {
  return { ...AUDIT_TERMS, ...catalogue.terminology };
}
