import { randomUUID } from 'node:crypto';
import type { TransferPreview } from '../../../shared/contract/transfer';
import { safeFileStem } from '../../../shared/domain/file-names';
import { withExclusiveConnection } from '../db/exclusive-connection';
import type { CataloguesService } from '../catalogues/catalogues.service';
import type { CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/database-factory';
import { AppError } from '../errors';
import { readCaseHistory, readCaseRows } from './case-rows';
import { packTransferFile, TRANSFER_EXTENSION, TRANSFER_FORMAT, type TransferContent } from './transfer-file';
import { packTransferContainer, unpackTransfer, type TransferPackage } from './transfer-container';
import type { ContentStore } from '../evidence/content-store';
import { writeCase, type TransferMode } from './write-case';
import { decodeRow } from './case-rows';
import { checkIncomingCase } from '../incoming/check-case-data';
import { indexCatalogue } from '../incoming/catalogue-row-rules';
import { changeLogEntryProblems } from '../incoming/change-log-entries';
import { refusedIncoming } from '../incoming/incoming-problem';
import { historyTableNames } from '../db/retired-tables';
import { upgradeOlderRows } from './older-rows';
import { formatGermanDateTime } from '../../../shared/domain/dates';

import { storageFailure } from '../storage-errors';
import { findCase } from '../cases/cases.repository';
import { findCatalogueRow } from '../catalogues/catalogues.repository';

interface TransferServiceOptions {
  database: AppDatabase;
  cases: CasesService;
  catalogues: CataloguesService;
  clock: Clock;
  appVersion: string;
  store: ContentStore;
}

/** Moves one case with everything that belongs to it, its history included, between laptops. */
export function createTransferService({ database, cases, catalogues, clock, appVersion, store }: TransferServiceOptions) {
  async function read(fileName: string, contentBase64: string): Promise<TransferPackage> {
    const transfer = await unpackTransfer(fileName, Buffer.from(contentBase64, 'base64'));
    const { file } = transfer;
    if (file.schemaVersion > database.schemaVersion) {
      throw new AppError('INVALID_INPUT', `„${fileName}“ stammt aus einer neueren Version von Familienaudit (${file.appVersion}). Bitte zuerst die App aktualisieren.`);
    }
    return transfer;
  }

  /** The bytes of every document the rows name, each verified; a damaged one stops the export. */
  function documentContents(rows: readonly Record<string, unknown>[]): Map<string, Buffer> {
    const contents = new Map<string, Buffer>();
    for (const row of rows) {
      const sha256 = String(row.sha256);
      if (contents.has(sha256)) continue;
      const stored = store.get(sha256);
      if (!stored.ok) {
        throw new AppError('STORAGE', `Der Nachweis „${String(row.title)}“ ist ${stored.problem === 'missing' ? 'nicht mehr vorhanden' : 'beschädigt (seine Prüfsumme stimmt nicht)'}; die Übergabedatei wird so nicht erstellt. Bitte den Nachweis aus einer Sicherung wiederherstellen oder entfernen.`);
      }
      contents.set(sha256, stored.bytes);
    }
    return contents;
  }

  async function existingName(caseId: string): Promise<string | null> {
    return (await findCase(database.db, caseId))?.municipality_name ?? null;
  }

  return {
    async exportCase(caseId: string): Promise<{ fileName: string; contentBase64: string }> {
      const detail = await cases.get(caseId);
      const catalogueRow = await findCatalogueRow(database.db, detail.catalogueId, detail.catalogueVersion);
      if (!catalogueRow) throw new AppError('NOT_FOUND', `Der Katalog „${detail.catalogueId}“ Version ${detail.catalogueVersion} ist nicht installiert.`);
      const { tables, history } = await withExclusiveConnection(database.db, () => ({
        tables: readCaseRows(database.sqlite, caseId),
        history: readCaseHistory(database.sqlite, caseId),
      }));
      const documents = documentContents(tables.documents ?? []);
      const content: TransferContent = {
        format: TRANSFER_FORMAT,
        formatVersion: documents.size > 0 ? 2 : 1,
        appVersion,
        schemaVersion: database.schemaVersion,
        exportedAt: clock.nowIso(),
        caseId,
        municipalityName: detail.municipalityName,
        catalogue: { id: detail.catalogueId, version: detail.catalogueVersion, content: catalogueRow.content },
        tables,
        history,
      };
      const bytes = documents.size > 0 ? await packTransferContainer(content, documents) : packTransferFile(content);
      return { fileName: `Auditfall_${safeFileStem(detail.municipalityName)}_${clock.today()}${TRANSFER_EXTENSION}`, contentBase64: bytes.toString('base64') };
    },

    async preview(fileName: string, contentBase64: string): Promise<TransferPreview> {
      const { file, documents } = await read(fileName, contentBase64);
      let catalogueName = `${file.catalogue.id} Version ${file.catalogue.version}`;
      try {
        catalogueName = `${(JSON.parse(file.catalogue.content) as { name: string }).name}, Version ${file.catalogue.version}`;
      } catch {
        // The name is only for display; the import validates the catalogue fully.
      }
      return {
        caseId: file.caseId,
        municipalityName: file.municipalityName,
        catalogue: catalogueName,
        exportedAt: file.exportedAt,
        appVersion: file.appVersion,
        rowCount: Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0),
        historyCount: file.history.length,
        documentCount: file.tables.documents?.length ?? 0,
        documentBytes: [...documents.values()].reduce((sum, bytes) => sum + bytes.length, 0),
        existingName: await existingName(file.caseId),
      };
    },

    /** `beforeWrite` runs once the file has passed every check, just before anything is written (a backup). */
    async importCase(fileName: string, contentBase64: string, mode: TransferMode, beforeWrite?: () => Promise<unknown>): Promise<{ caseId: string; municipalityName: string }> {
      const { file, documents } = await read(fileName, contentBase64);
      const intro = `„${fileName}“ kann nicht übernommen werden:`;
      // The case's catalogue version comes along; an installed one with other content is refused there.
      const { catalogue, row: catalogueRow } = await catalogues.prepareImport(file.catalogue.content).catch((error: unknown) => {
        throw error instanceof AppError ? new AppError(error.code, `${intro} ${error.message}`, error.issues) : error;
      });
      const tables = upgradeOlderRows(file.schemaVersion, new Map(Object.entries(file.tables).map(([name, rows]) => [name, rows.map(decodeRow)])), randomUUID);
      const problems = [
        ...checkIncomingCase(database.sqlite, { caseId: file.caseId, tables }, catalogue.id === file.catalogue.id && catalogue.version === file.catalogue.version ? indexCatalogue(catalogue) : null),
        ...changeLogEntryProblems(file.history, { caseId: file.caseId, tables: historyTableNames(database.sqlite) }),
      ];
      if (problems.length > 0) throw refusedIncoming(intro, problems);
      await beforeWrite?.();
      // Content first: should the case not land, it is unreferenced and swept like any interrupted add.
      for (const bytes of documents.values()) store.put(bytes);
      const origin = `Übergabedatei „${fileName}“ vom ${formatGermanDateTime(file.exportedAt)}`;
      const caseId = await withExclusiveConnection(database.db, () => {
        try {
          return writeCase(database.sqlite, { file, tables, mode, newId: randomUUID, origin, catalogueRow });
        } catch (error) {
          if (error instanceof AppError || storageFailure(error)) throw error;
          throw new AppError('INVALID_INPUT', `„${fileName}“ passt nicht zu den Daten hier und wurde nicht übernommen. Es wurde nichts verändert.`);
        }
      });
      return { caseId, municipalityName: (await cases.get(caseId)).municipalityName };
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
