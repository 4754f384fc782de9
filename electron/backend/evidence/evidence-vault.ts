import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { backupDir } from '../db/backup-files';
import type { ContentStore } from './content-store';

const HASH = /^[0-9a-f]{64}$/;

/** The content hashes a database's documents need; none before the schema had documents. */
export function documentHashesIn(sqlite: Database): string[] {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
  return hasTable ? (sqlite.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[]) : [];
}

/** The content hashes a backup file's documents need; a backup that cannot be read needs none. */
export function readDocumentHashes(file: string, nativeBinding?: string): string[] {
  let sqlite: Database | null = null;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return documentHashesIn(sqlite);
  } catch {
    return [];
  } finally {
    sqlite?.close();
  }
}

/**
 * The backups' copy of documents' content, content-addressed in `backups/nachweise/`: a backup
 * of the database is small and quick, and the content of each document is copied once, with
 * asynchronous file copies that leave the app responsive, however large the documents are.
 */
export function createEvidenceVault(dataDir: string, store: ContentStore) {
  const dir = join(backupDir(dataDir), 'nachweise');
  return {
    /** Copies into the vault the content of `hashes` that is not there yet; returns how many bytes it copied. */
    async keep(hashes: readonly string[]): Promise<number> {
      let copied = 0;
      for (const hash of hashes) {
        const target = join(dir, hash);
        if (!HASH.test(hash) || existsSync(target) || !existsSync(store.pathOf(hash))) continue;
        // Only made once there is something to keep: the backups folder holds nothing else of its own.
        await mkdir(dir, { recursive: true });
        const partial = join(dir, `.unfertig-${randomUUID()}`);
        await copyFile(store.pathOf(hash), partial);
        await rename(partial, target);
        copied += (await stat(target)).size;
      }
      return copied;
    },

    /** After a restore: brings back into the data folder the content its documents need, where the vault has it. */
    async restoreMissing(hashes: readonly string[]): Promise<string[]> {
      const missing: string[] = [];
      for (const hash of hashes) {
        if (!HASH.test(hash) || existsSync(store.pathOf(hash))) continue;
        const source = join(dir, hash);
        if (!existsSync(source)) {
          missing.push(hash);
          continue;
        }
        await mkdir(join(dataDir, 'nachweise'), { recursive: true });
        const partial = join(dataDir, 'nachweise', `.unfertig-${randomUUID()}`);
        await copyFile(source, partial);
        await rename(partial, store.pathOf(hash));
      }
      return missing;
    },

    /** After a backup: the content the database needs is in the vault, and what no kept backup needs any more has gone. */
    async follow(current: readonly string[], keptBackups: readonly (readonly string[])[]): Promise<number> {
      const copied = await this.keep(current);
      await this.prune(new Set([...current, ...keptBackups.flat()]));
      return copied;
    },

    /** Removes content no kept backup and no current document needs any more. */
    async prune(needed: ReadonlySet<string>): Promise<void> {
      if (!existsSync(dir)) return;
      for (const name of await readdir(dir)) if (name.startsWith('.unfertig-') || (HASH.test(name) && !needed.has(name))) await rm(join(dir, name), { force: true });
    },
  };
}
