import type { Command } from 'commander';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { POOL_GROUPINGS, type PoolGrouping } from '../../shared/contract/pool';
import { openPool, PoolOpenError, type OpenPool } from '../backend/pool/db/open-pool';
import { createPoolImportService, type IncomingFile } from '../backend/pool/pool-import.service';
import { createPoolQueryService } from '../backend/pool/pool-query.service';
import { commandGroup } from './command-builders';
import { consolidatedCsv } from '../backend/pool/consolidated-table';
import { consolidatedWorkbook } from '../backend/pool/consolidated-workbook';
import { readInputFile, writeFileOutput } from './files';
import { registerKeyFile } from '../backend/pool/pool-keys.service';
import { CliError, printJson } from './output';

/** The workbooks named: files as given, folders with every .xlsx in them and below (no Office lock files). */
function workbookFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new CliError(`${path} gibt es nicht.`, 2);
    }
    if (!isFolder) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.split(/[\\/]/).pop()!.startsWith('~$'))
      .sort()
      .map((name) => join(path, name));
  });
}

async function withPool<T>(location: string, run: (pool: OpenPool) => Promise<T>): Promise<T> {
  let pool: OpenPool;
  try {
    pool = await openPool(location);
  } catch (error) {
    if (error instanceof PoolOpenError) throw new CliError(error.message, 1);
    throw error;
  }
  try {
    return await run(pool);
  } finally {
    await pool.close();
  }
}

const POOL_OPTION = ['--pool <ordner-oder-url>', 'Verbandsdatenbank: ein eigener Ordner (SQLite) oder postgres://…'] as const;

export function poolCommand(): Command {
  const pool = commandGroup('pool', 'Verbandsauswertung: Gutachten-Arbeitsmappen vieler Auditor/innen sammeln und vergleichen');

  pool
    .command('import')
    .description('Liest Gutachten-Arbeitsmappen (Dateien oder Ordner) in die Verbandsdatenbank ein; Fortschritt auf stderr, Bericht als JSON')
    .requiredOption(...POOL_OPTION)
    .argument('<dateien...>', 'Arbeitsmappen (.xlsx) oder Ordner')
    .action(async (paths: string[], opts: { pool: string }) => {
      const files: IncomingFile[] = workbookFiles(paths).map((file) => ({ file, bytes: () => readFile(file) }));
      const report = await withPool(opts.pool, (open) =>
        createPoolImportService(open).importFiles(files, {
          onProgress: (done, total, file) => process.stderr.write(`[${done}/${total}] ${file.file}: ${file.outcome === 'imported' ? 'eingelesen' : file.outcome === 'unchanged' ? 'unverändert' : 'abgelehnt'}\n`),
        }),
      );
      printJson(report);
      if (report.refused > 0) process.exitCode = 2;
    });

  pool
    .command('list')
    .description('Das Register: ein Eintrag je Auditfall mit seiner neuesten Einreichung')
    .requiredOption(...POOL_OPTION)
    .option('--json', 'als JSON')
    .action(async (opts: { pool: string; json?: boolean }) => {
      const rows = await withPool(opts.pool, (open) => createPoolQueryService(open).register());
      if (opts.json) return printJson(rows);
      for (const row of rows) process.stdout.write(`${row.municipalityName} (${row.ags})\t${row.catalogueName} ${row.catalogueVersion}\t${row.submissions} Einreichung(en)\n`);
      if (rows.length === 0) process.stdout.write('Die Verbandsdatenbank ist leer.\n');
    });

  pool
    .command('stats')
    .description('Verteilung der Feldwerte (Anzahl, Median, Quartile, Minimum, Maximum) je Katalogversion und Gruppe')
    .requiredOption(...POOL_OPTION)
    .option('--by <gruppe>', `gruppieren nach ${POOL_GROUPINGS.join(', ')}`)
    .option('--json', 'als JSON')
    .action(async (opts: { pool: string; by?: string; json?: boolean }) => {
      if (opts.by !== undefined && !(POOL_GROUPINGS as readonly string[]).includes(opts.by)) throw new CliError(`--by kennt nur ${POOL_GROUPINGS.join(', ')}.`, 2);
      const groups = await withPool(opts.pool, (open) => createPoolQueryService(open).statistics((opts.by as PoolGrouping | undefined) ?? null));
      if (opts.json) return printJson(groups);
      for (const group of groups) {
        process.stdout.write(`${group.label} – ${group.catalogueId} ${group.catalogueVersion} (${group.cases} Fälle)\n`);
        for (const field of group.fields) process.stdout.write(`  ${field.code}\tn=${field.count}\tMedian ${field.median ?? '–'}\tQ1 ${field.q1 ?? '–'}\tQ3 ${field.q3 ?? '–'}\n`);
      }
    });

  const keys = pool.command('keys').description('Signaturschlüssel der Auditor/innen');
  keys
    .command('register')
    .description('Registriert den öffentlichen Schlüssel einer Auditor-Installation aus ihrer Schlüsseldatei')
    .requiredOption(...POOL_OPTION)
    .argument('<datei>', 'Schlüsseldatei (settings public-key)')
    .action(async (file: string, opts: { pool: string }) => {
      const bytes = readInputFile(file);
      const result = await withPool(opts.pool, (open) => registerKeyFile(open, bytes, new Date().toISOString()));
      if (!result.ok) throw new CliError(result.message, 2);
      printJson(result.key);
    });
  keys
    .command('list')
    .description('Die Schlüssel der Verbandsdatenbank: registriert oder bei erster Nutzung vertraut')
    .requiredOption(...POOL_OPTION)
    .action(async (opts: { pool: string }) => printJson(await withPool(opts.pool, (open) => open.db.selectFrom('pool_keys').select(['fingerprint', 'label', 'trust', 'registered_at as registeredAt']).orderBy('label').execute())));

  pool
    .command('export')
    .description('Schreibt die Gesamtauswertung: eine Zeile je Auditfall mit Registerspalten, Feldwerten und Kriterienbewertungen (.xlsx oder .csv)')
    .requiredOption(...POOL_OPTION)
    .requiredOption('--out <datei>', 'Zieldatei, .xlsx oder .csv (UTF-8 mit BOM, Semikolon, deutsche Dezimalzahlen)')
    .action(async (opts: { pool: string; out: string }) => {
      const kind = /\.csv$/i.test(opts.out) ? 'csv' : /\.xlsx$/i.test(opts.out) ? 'xlsx' : null;
      if (!kind) throw new CliError('--out muss auf .xlsx oder .csv enden.', 2);
      const table = await withPool(opts.pool, (open) => createPoolQueryService(open).consolidated());
      const bytes = kind === 'csv' ? consolidatedCsv(table) : await consolidatedWorkbook(table, new Date());
      writeFileOutput(opts.out, { fileName: opts.out, contentBase64: bytes.toString('base64') });
    });
  return pool;
}
