/** The council document as plain content, independent of Word: what each chapter says, in order. */

export interface ConceptColumn {
  title: string;
  /** Share of the text width, in percent. */
  width: number;
  numeric?: boolean;
}

export type ConceptBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `lead`: a bold line before the text, e.g. the question a long answer belongs to. */
  | { kind: 'paragraph'; text: string; note?: boolean; lead?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; caption: string; columns: ConceptColumn[]; rows: string[][]; totals?: string[] }
  /** The strengths/weaknesses profile as a picture, described in words for those who cannot see it. */
  | { kind: 'profileChart'; altText: string };

export interface ConceptTitlePage {
  title: string;
  /** The municipality's motto, in quotes under the title (BW). */
  motto: string | null;
  municipality: string;
  lines: string[];
  /** "Fassung 3 vom 04.12.2026". */
  version: string;
}

export interface ConceptDocument {
  /** Document properties and the save dialog's name. */
  documentTitle: string;
  titlePage: ConceptTitlePage;
  /** Heading of the table of contents. */
  contentsHeading: string;
  blocks: ConceptBlock[];
}
