import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../shared/catalogue/catalogue-schema';
import { catalogueSchema } from '../../shared/catalogue/catalogue-schema';

export const CATALOGUE_FILES = {
  audit: 'resources/catalogues/audit-familiengerechte-kommune.v4.json',
  bw: 'resources/catalogues/bw-managementverfahren.v4.json',
} as const;

/** A fresh, mutable copy of a shipped catalogue's raw JSON. */
export function rawCatalogue(which: keyof typeof CATALOGUE_FILES = 'audit'): Record<string, any> {
  return JSON.parse(readFileSync(CATALOGUE_FILES[which], 'utf8')) as Record<string, any>;
}

export function shippedCatalogue(which: keyof typeof CATALOGUE_FILES = 'audit'): Catalogue {
  return catalogueSchema.parse(rawCatalogue(which));
}

/** The version a test imports as "the next one": one above the shipped edition. */
export function nextVersion(which: keyof typeof CATALOGUE_FILES = 'audit'): number {
  return (rawCatalogue(which).version as number) + 1;
}
