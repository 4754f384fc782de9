import { z } from '../zod';
import { DOCUMENT_TYPE_KEYS } from '../evidence/document-types';
import { placeSchema } from '../evidence/document-places';
import { fileOutputSchema, idSchema, isoDateSchema, isoDateTimeSchema, optionalText, uploadedFileSchema } from './common';
import { EVIDENCE_CASE_LIMIT_MB, UPLOAD_LIMITS_MB } from './limits';
import { method } from './method';

const documentSchema = z.object({
  id: idSchema,
  title: z.string(),
  documentDate: isoDateSchema.nullable(),
  description: z.string(),
  fileName: z.string(),
  type: z.enum(DOCUMENT_TYPE_KEYS),
  typeLabel: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedBy: z.string(),
  addedAt: isoDateTimeSchema,
  places: z.array(z.object({ place: z.string(), label: z.string() })),
});
export type EvidenceDocument = z.infer<typeof documentSchema>;

const evidenceSchema = z.object({
  caseId: idSchema,
  documents: z.array(documentSchema),
  totalBytes: z.number().int(),
  limits: z.object({ fileMb: z.number(), caseMb: z.number() }),
});

const addInputSchema = uploadedFileSchema(UPLOAD_LIMITS_MB.evidence, ` Höchstens ${UPLOAD_LIMITS_MB.evidence} MB je Datei und ${EVIDENCE_CASE_LIMIT_MB} MB je Auditfall.`).extend({
  caseId: idSchema,
  title: optionalText(300),
  documentDate: isoDateSchema.nullable().default(null),
  description: optionalText(2000),
  places: z.array(placeSchema).min(1).max(50).default(['case']),
});

const documentRef = { documentId: idSchema };

/** Documents and evidence attached to a case (Nachweise). */
export const evidenceMethods = {
  'evidence.list': method(z.object({ caseId: idSchema }), evidenceSchema),
  'evidence.add': method(addInputSchema, evidenceSchema.extend({ savedId: idSchema })),
  'evidence.link': method(z.object({ ...documentRef, place: placeSchema }), evidenceSchema),
  'evidence.unlink': method(z.object({ ...documentRef, place: placeSchema }), evidenceSchema),
  /** The exact bytes, verified against the stored SHA-256 first; the file name is made safe. */
  'evidence.read': method(z.object(documentRef), fileOutputSchema),
  'evidence.remove': method(z.object(documentRef), evidenceSchema),
} as const;
