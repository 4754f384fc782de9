import { z } from '../zod';
import { catalogueSchema, stableIdSchema } from '../catalogue/catalogue-schema';
import { termsSchema } from '../catalogue/terminology';
import { method } from './method';
import { emptyInputSchema } from './common';

export const catalogueSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  fieldLabel: z.string(),
  terms: termsSchema,
  fieldCount: z.number().int(),
  modules: z.array(z.object({ id: z.string(), name: z.string() })),
  questionCount: z.number().int(),
  source: z.enum(['bundled', 'import']),
  installedAt: z.string(),
  isLatest: z.boolean(),
});
export type CatalogueSummary = z.infer<typeof catalogueSummarySchema>;

const catalogueRefSchema = z.object({ id: stableIdSchema, version: z.number().int().min(1) });

const catalogueImportInputSchema = z.object({
  content: z.string().max(5_000_000, { message: 'Die Katalogdatei ist größer als 5 MB.' }),
});

export const catalogueImportResultSchema = z.object({
  status: z.enum(['installed', 'unchanged']),
  catalogue: catalogueSummarySchema,
});
export type CatalogueImportResult = z.infer<typeof catalogueImportResultSchema>;

;

/** The installed procedure catalogues. */
export const cataloguesMethods = {
  'catalogues.list': method(emptyInputSchema, z.array(catalogueSummarySchema)),
  'catalogues.get': method(catalogueRefSchema, catalogueSchema),
  'catalogues.import': method(catalogueImportInputSchema, catalogueImportResultSchema),
} as const;
