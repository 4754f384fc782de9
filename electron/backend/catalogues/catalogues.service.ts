import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import { questionsOf, validateCatalogue } from '../../../shared/catalogue/validate-catalogue';
import type { CatalogueImportResult, CatalogueSummary } from '../../../shared/contract/catalogues';
import type { Clock } from '../clock';
import type { CataloguesTable, DatabaseSchema } from '../db/schema';
import { measureJson } from '../incoming/json-shape';
import { jsonErrorReason } from '../../../shared/domain/json-error';
import { AppError } from '../errors';
import * as repo from './catalogues.repository';
import { termsOf } from '../../../shared/catalogue/terminology';

type Db = Kysely<DatabaseSchema>;
/** A valid catalogue, read as the current format, and the content to store in the format it came in. */
type Checked = { catalogue: Catalogue; stored: unknown };

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function key(id: string, version: number): string {
  return `${id}@${version}`;
}

function summaryOf(catalogue: Catalogue, row: repo.CatalogueRow, isLatest: boolean): CatalogueSummary {
  return {
    id: catalogue.id,
    version: catalogue.version,
    name: catalogue.name,
    fieldLabel: catalogue.fieldLabel,
    terms: termsOf(catalogue),
    fieldCount: catalogue.fields.length,
    modules: catalogue.modules.map(({ id, name }) => ({ id, name })),
    questionCount: questionsOf(catalogue).length,
    source: row.source,
    installedAt: row.installed_at,
    isLatest,
  };
}

function refused(problems: string[]): AppError {
  const shown = problems.slice(0, 20);
  const more = problems.length > shown.length ? ` (und ${problems.length - shown.length} weitere)` : '';
  return new AppError(
    'INVALID_INPUT',
    `Der Katalog ist ungültig und wurde nicht installiert: ${shown.join(' · ')}${more}`,
    shown.map((message) => ({ path: 'content', message })),
  );
}

/**
 * Installed catalogues are immutable: a case stays pinned to the exact version it started
 * with, so a new version is a new row and an installed version is never overwritten.
 */
export function createCataloguesService({ db, clock }: { db: Db; clock: Clock }) {
  const parsed = new Map<string, Catalogue>();

  function parseRow(row: repo.CatalogueRow): Catalogue {
    const cached = parsed.get(key(row.id, row.version));
    if (cached) return cached;
    const check = validateCatalogue(JSON.parse(row.content));
    if (!check.ok) throw new Error(`Installed catalogue ${row.id}@${row.version} is invalid: ${check.problems.join('; ')}`);
    parsed.set(key(row.id, row.version), check.catalogue);
    return check.catalogue;
  }

  /** The row that installing `catalogue` would write, or null when that exact content is installed already. */
  async function rowToInstall({ catalogue, stored }: Checked, source: 'bundled' | 'import'): Promise<Insertable<CataloguesTable> | null> {
    const content = JSON.stringify(stored);
    const existing = await repo.findCatalogueRow(db, catalogue.id, catalogue.version);
    if (existing) {
      if (existing.content_sha256 === sha256(content)) return null;
      throw new AppError(
        'CONFLICT',
        `„${catalogue.name}“ Version ${catalogue.version} ist bereits mit anderem Inhalt installiert. ` +
          'Eine geänderte Fassung braucht eine neue Versionsnummer; bestehende Auditfälle behalten ihre Version.',
      );
    }
    return { id: catalogue.id, version: catalogue.version, name: catalogue.name, content, content_sha256: sha256(content), source, installed_at: clock.nowIso() };
  }

  async function install(checked: Checked, source: 'bundled' | 'import', beforeWrite?: () => Promise<unknown>): Promise<'installed' | 'unchanged'> {
    const { catalogue } = checked;
    const row = await rowToInstall(checked, source);
    if (!row) return 'unchanged';
    await beforeWrite?.();
    await repo.insertCatalogueRow(db, row);
    parsed.set(key(catalogue.id, catalogue.version), catalogue);
    return 'installed';
  }

  function parseContent(content: string): Checked {
    const shape = measureJson(content, { maxContainers: 200_000, maxDepth: 32 });
    if (shape.exceeded) throw refused([shape.exceeded === 'depth' ? 'Die Datei ist zu tief verschachtelt.' : 'Die Datei enthält zu viele Einträge für einen Katalog.']);
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      throw refused([`Die Datei ist ${jsonErrorReason(error)}.`]);
    }
    const check = validateCatalogue(data);
    if (!check.ok) throw refused(check.problems);
    return check;
  }

  async function summaries(): Promise<CatalogueSummary[]> {
    const rows = await repo.listCatalogueRows(db);
    const latest = new Map<string, number>();
    for (const row of rows) latest.set(row.id, Math.max(latest.get(row.id) ?? 0, row.version));
    return rows.map((row) => summaryOf(parseRow(row), row, latest.get(row.id) === row.version));
  }

  return {
    /** Installs the catalogues shipped with the app that this database does not have yet. */
    async installBundled(bundled: readonly unknown[]): Promise<void> {
      for (const data of bundled) {
        const check = validateCatalogue(data);
        if (!check.ok) throw new Error(`A bundled catalogue is invalid: ${check.problems.join('; ')}`);
        const existing = await repo.findCatalogueRow(db, check.catalogue.id, check.catalogue.version);
        if (!existing) await install(check, 'bundled');
      }
    },

    list: summaries,

    async get(id: string, version: number): Promise<Catalogue> {
      const row = await repo.findCatalogueRow(db, id, version);
      if (!row) throw new AppError('NOT_FOUND', `Der Katalog „${id}“ Version ${version} ist nicht installiert.`);
      return parseRow(row);
    },

    async latest(id: string): Promise<Catalogue> {
      const versions = (await repo.listCatalogueRows(db)).filter((row) => row.id === id);
      const newest = versions.at(-1);
      if (!newest) throw new AppError('INVALID_INPUT', `Der Katalog „${id}“ ist nicht installiert.`, [{ path: 'catalogueId', message: `Der Katalog „${id}“ ist nicht installiert.` }]);
      return parseRow(newest);
    },

    /**
     * Validates a catalogue that arrives with other data (a case transfer) and returns what to
     * install, for the caller to write in its own transaction; nothing is written here.
     */
    async prepareImport(content: string): Promise<{ catalogue: Catalogue; row: Insertable<CataloguesTable> | null }> {
      const checked = parseContent(content);
      return { catalogue: checked.catalogue, row: await rowToInstall(checked, 'import') };
    },

    /** `beforeWrite` runs only once the content is valid and new, e.g. to take a backup. */
    async import(content: string, beforeWrite?: () => Promise<unknown>): Promise<CatalogueImportResult> {
      const checked = parseContent(content);
      const { catalogue } = checked;
      const status = await install(checked, 'import', beforeWrite);
      const summary = (await summaries()).find((item) => item.id === catalogue.id && item.version === catalogue.version);
      if (!summary) throw new Error('Imported catalogue vanished');
      return { status, catalogue: summary };
    },
  };
}

export type CataloguesService = ReturnType<typeof createCataloguesService>;
