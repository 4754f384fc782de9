import { z } from '../zod';
import { isXmlSafe, XML_UNSAFE_MESSAGE } from '../domain/xml-safe-text';

/** The chapters the council's document can have, each filled from one part of the case. */
export const CONCEPT_CHAPTER_KEYS = ['ausgangslage', 'profil', 'beteiligung', 'ziele', 'umsetzung', 'anhang'] as const;
export type ConceptChapterKey = (typeof CONCEPT_CHAPTER_KEYS)[number];

const text = (max: number) => z.string().trim().min(1).max(max).refine(isXmlSafe, { message: XML_UNSAFE_MESSAGE });

/** A catalogue's `concept`: what its council document is called and which chapters it has, in order. */
export const conceptOutlineSchema = z.object({
  /** Short, for buttons and file names: "Strategiekonzept". */
  name: text(60),
  /** On the title page: "Strategiekonzept „Familiengerechte Kommune“". */
  title: text(200),
  chapters: z
    .array(z.object({ key: z.enum(CONCEPT_CHAPTER_KEYS), title: text(200) }))
    .min(1)
    .max(CONCEPT_CHAPTER_KEYS.length)
    .refine((chapters) => new Set(chapters.map((chapter) => chapter.key)).size === chapters.length, { message: 'Jedes Kapitel darf nur einmal vorkommen.' }),
});
export type ConceptOutline = z.infer<typeof conceptOutlineSchema>;

const AUDIT_CONCEPT: ConceptOutline = {
  name: 'Strategiekonzept',
  title: 'Strategiekonzept „Familiengerechte Kommune“',
  chapters: [
    { key: 'ausgangslage', title: 'Ausgangslage: Ergebnisse der IST-Analyse' },
    { key: 'profil', title: 'Stärken und Schwächen' },
    { key: 'beteiligung', title: 'Beteiligung' },
    { key: 'ziele', title: 'Ziele und Maßnahmen' },
    { key: 'umsetzung', title: 'Umsetzung und Controlling' },
    { key: 'anhang', title: 'Anhang' },
  ],
};

const BW_CONCEPT: ConceptOutline = {
  name: 'Handlungskonzept',
  title: 'Handlungskonzept',
  chapters: [
    { key: 'ausgangslage', title: 'Wo stehen wir? Die Bilanz' },
    { key: 'profil', title: 'Stärken und Handlungsbedarfe' },
    { key: 'beteiligung', title: 'Bürgerbeteiligung und Werkstätten' },
    { key: 'ziele', title: 'Ziele und Maßnahmen' },
    { key: 'umsetzung', title: 'Umsetzung und Qualitätssicherung' },
    { key: 'anhang', title: 'Anhang' },
  ],
};

/** The shipped procedures' documents: their editions were published before catalogues could name one. */
const SHIPPED_CONCEPTS: Readonly<Record<string, ConceptOutline>> = {
  'audit-familiengerechte-kommune': AUDIT_CONCEPT,
  'bw-managementverfahren': BW_CONCEPT,
};

/** The council document of a case's procedure: the catalogue's own, the shipped procedure's, or the audit's. */
export function conceptOutlineOf(catalogue: { id: string; concept?: ConceptOutline | undefined }): ConceptOutline {
  return catalogue.concept ?? SHIPPED_CONCEPTS[catalogue.id] ?? AUDIT_CONCEPT;
}
