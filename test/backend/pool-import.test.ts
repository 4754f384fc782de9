import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { postgresSkipReason, startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { openPool, type OpenPool } from '../../electron/backend/pool/db/open-pool';
import { createPoolImportService, type IncomingFile } from '../../electron/backend/pool/pool-import.service';
import { createPoolQueryService } from '../../electron/backend/pool/pool-query.service';
import { readSubmission } from '../../electron/backend/pool/submission-reader';
import { fixedClock } from '../../electron/backend/clock';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';

const python = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
const pythonSkip = python.status !== 0 ? '/usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)' : null;
if (pythonSkip) console.log(`[pool import, openpyxl] skipped: ${pythonSkip}`);
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const libreOfficeSkip = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)' : null;
if (libreOfficeSkip) console.log(`[pool import, LibreOffice] skipped: ${libreOfficeSkip}`);

const pools: OpenPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const postgresSkip = postgresSkipReason();
if (postgresSkip) console.log(`[pool on PostgreSQL] skipped: ${postgresSkip}`);
let server: PostgresServer | null = null;
let databases = 0;

/** A fresh database on the suite's own PostgreSQL server. */
async function newPostgresUrl(): Promise<string> {
  server ??= await startPostgres();
  const name = `pool_${++databases}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

afterAll(() => server?.stop());

const BACKENDS = [
  { name: 'SQLite', skip: null, location: () => Promise.resolve(join(tempDir(), 'verband')) },
  { name: 'PostgreSQL', skip: postgresSkip, location: newPostgresUrl },
];

async function openAt(location: string): Promise<OpenPool> {
  const pool = await openPool(location);
  pools.push(pool);
  return pool;
}

async function exampleWorkbook(catalogueId: string, at = '2026-06-15T09:00:00.000Z', dataDir?: string): Promise<{ bytes: Buffer; caseId: string; dataDir: string }> {
  const { call, dataDir: dir } = await testBackend({ clock: fixedClock(at), ...(dataDir ? { dataDir } : {}) });
  const detail = await call('cases.createExample', { catalogueId, seed: 3 });
  const file = await call('certification.exportWorkbook', { caseId: detail.id });
  return { bytes: Buffer.from(file.contentBase64, 'base64'), caseId: detail.id, dataDir: dir };
}

const incoming = (file: string, bytes: Buffer): IncomingFile => ({ file, bytes: () => Promise.resolve(bytes) });

/** Sets one cell with openpyxl, as someone editing the workbook after export would. */
function editWithOpenpyxl(bytes: Buffer, sheet: string, cell: string, value: string | number): Buffer {
  const dir = tempDir();
  writeFileSync(join(dir, 'in.xlsx'), bytes);
  const script = `import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1])\nwb[sys.argv[3]][sys.argv[4]].value = ${typeof value === 'number' ? 'float(sys.argv[5])' : 'sys.argv[5]'}\nwb.save(sys.argv[2])`;
  execFileSync('/usr/bin/python3', ['-c', script, join(dir, 'in.xlsx'), join(dir, 'out.xlsx'), sheet, cell, String(value)], { stdio: 'pipe' });
  return readFileSync(join(dir, 'out.xlsx'));
}

describe('reading assessment workbooks for the pool', () => {
  it.each(['audit', 'bw'])('reads a workbook of app version 0.1 (%s) by its old checksum, without a signature', async (name) => {
    const read = await readSubmission(readFileSync(`test/fixtures/pool/gutachten-0.1.0-${name}.xlsx`));
    if (!read.ok) throw new Error(read.message);
    expect(read.submission.checksumMethod).toBe('json-1');
    expect(read.submission.signature).toBeNull();
    expect(read.submission.register).toMatchObject({ municipalityName: 'Beispielstadt', recommendation: 'erteilen', finalized: true, certificateDate: '2024-11-06' });
    expect(read.submission.fieldScores.length).toBeGreaterThanOrEqual(5);
    expect(read.submission.fieldScores.every((field) => field.score !== null)).toBe(true);
  });

  it('reads a current workbook with its register facts and a valid signature', async () => {
    const { bytes, caseId } = await exampleWorkbook('bw-managementverfahren');
    const read = await readSubmission(bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.submission.caseId).toBe(caseId);
    expect(read.submission.checksumMethod).toBe('werte-2');
    expect(read.submission.signature?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(read.submission.register.yearlyReportsExpected).toBeGreaterThan(0);
    expect(read.submission.criteria.some((criterion) => criterion.rating === 'erfuellt')).toBe(true);
  });

  it.skipIf(pythonSkip !== null)('refuses a workbook changed in one cell with openpyxl, and names why', async () => {
    const { bytes } = await exampleWorkbook('audit-familiengerechte-kommune');
    const changed = editWithOpenpyxl(bytes, 'Stärken-Schwächen', 'H2', 99);
    const read = await readSubmission(changed);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('die Prüfsumme über die Datenblätter stimmt nicht') });
  });

  it.skipIf(pythonSkip !== null)('refuses a workbook whose checksum holds but whose signature does not', async () => {
    const first = await exampleWorkbook('audit-familiengerechte-kommune');
    const other = await exampleWorkbook('audit-familiengerechte-kommune');
    const otherSignature = (await readSubmission(other.bytes)).ok;
    expect(otherSignature).toBe(true);
    // The signature of a different export, put where this one's stands: the checksum is untouched.
    const metaRows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', 'import openpyxl, sys, json\nws = openpyxl.load_workbook(sys.argv[1])["Metadaten"]\nprint(json.dumps([r[0].value for r in ws.iter_rows()]))', writeTemp(first.bytes)], { encoding: 'utf8' })) as string[];
    const row = metaRows.indexOf('Signatur (Ed25519)') + 1;
    const foreign = JSON.parse(execFileSync('/usr/bin/python3', ['-c', `import openpyxl, sys, json\nws = openpyxl.load_workbook(sys.argv[1])["Metadaten"]\nprint(json.dumps(ws["B${row}"].value))`, writeTemp(other.bytes)], { encoding: 'utf8' })) as string;
    const forged = editWithOpenpyxl(first.bytes, 'Metadaten', `B${row}`, foreign);
    const read = await readSubmission(forged);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('Die Signatur ist ungültig') });
  });

  it.skipIf(libreOfficeSkip !== null)('accepts the same workbook re-saved by LibreOffice without changes', async () => {
    const { bytes, caseId } = await exampleWorkbook('audit-familiengerechte-kommune');
    const dir = tempDir();
    writeFileSync(join(dir, 'gutachten.xlsx'), bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'gutachten.xlsx')], { stdio: 'pipe' });
    const resaved = readFileSync(join(dir, 'out', 'gutachten.xlsx'));
    expect(resaved.equals(bytes)).toBe(false);
    const read = await readSubmission(resaved);
    if (!read.ok) throw new Error(read.message);
    expect(read.submission.caseId).toBe(caseId);
    const original = await readSubmission(bytes);
    expect(original.ok && original.submission.checksum).toBe(read.submission.checksum);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'Die Datei ist leer.'],
    ['a file that is no workbook', Buffer.from('kein Excel'), 'keine Excel-Arbeitsmappe'],
    ['a questionnaire-like workbook', readFileSync('test/fixtures/xlsx/minimal.xlsx'), 'das Blatt „Metadaten“ fehlt'],
  ])('refuses %s with a German message', async (_name, bytes, message) => {
    const read = await readSubmission(bytes);
    expect(read).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});

function writeTemp(bytes: Buffer): string {
  const file = join(tempDir(), 'mappe.xlsx');
  writeFileSync(file, bytes);
  return file;
}

describe.each(BACKENDS)('the pool on $name', ({ skip, location }) => {
  let newPool: () => Promise<OpenPool>;
  beforeAll(() => {
    newPool = async () => openAt(await location());
  });

  it.skipIf(skip !== null)('stores each case once, treats the same file twice as unchanged, and refuses a broken file beside the others', async () => {
    const pool = await newPool();
    const imports = createPoolImportService(pool);
    const first = await exampleWorkbook('audit-familiengerechte-kommune', '2026-06-15T09:00:00.000Z');
    const later = await exampleWorkbook('audit-familiengerechte-kommune', '2026-09-01T09:00:00.000Z', first.dataDir);
    const report = await imports.importFiles([incoming('neu.xlsx', later.bytes), incoming('alt.xlsx', first.bytes), incoming('alt-kopie.xlsx', first.bytes), incoming('kaputt.xlsx', Buffer.from('x'))]);
    expect(report.files.map((file) => file.outcome)).toEqual(['imported', 'imported', 'unchanged', 'refused']);
    expect(report).toMatchObject({ imported: 2, unchanged: 1, refused: 1 });
    const register = await createPoolQueryService(pool).register();
    expect(register).toHaveLength(2);
    const row = register.find((entry) => entry.caseId === first.caseId)!;
    expect(row.submissions).toBe(1);
    expect(row.signature).toBe('gueltig');
    expect(row.keyTrust).toBe('erstnutzung');
  });

  it.skipIf(skip !== null)('lets the newest export of a case count, whatever order the files arrive in', async () => {
    const pool = await newPool();
    const imports = createPoolImportService(pool);
    const { dataDir, caseId } = await exampleWorkbook('audit-familiengerechte-kommune', '2026-06-15T09:00:00.000Z');
    const { call } = await testBackend({ dataDir, clock: fixedClock('2026-10-01T09:00:00.000Z') });
    const newer = Buffer.from((await call('certification.exportWorkbook', { caseId })).contentBase64, 'base64');
    const older = Buffer.from((await (await testBackend({ dataDir, clock: fixedClock('2026-07-01T09:00:00.000Z') })).call('certification.exportWorkbook', { caseId })).contentBase64, 'base64');
    await imports.importFiles([incoming('neu.xlsx', newer)]);
    await imports.importFiles([incoming('alt.xlsx', older)]);
    const [row] = (await createPoolQueryService(pool).register()).filter((entry) => entry.caseId === caseId);
    expect(row).toMatchObject({ submissions: 2, exportedAt: '2026-10-01T09:00:00.000Z', conflicts: 0 });
  });

  it.skipIf(skip !== null)('shows two different submissions with the same export time as a conflict and keeps the first', async () => {
    const pool = await newPool();
    const imports = createPoolImportService(pool);
    const { dataDir, caseId, bytes } = await exampleWorkbook('audit-familiengerechte-kommune');
    const { call } = await testBackend({ dataDir });
    const detail = await call('cases.get', { id: caseId });
    await call('cases.update', { id: caseId, changes: { municipalityName: detail.municipalityName, ags: detail.ags, kind: detail.kind, landkreis: 'Kreis Lippe', population: 12_345, auditor: detail.auditor, modules: detail.modules.map((module) => module.id) } });
    // The same fixed clock: the second export has the first one's export time but other content.
    const other = Buffer.from((await call('certification.exportWorkbook', { caseId })).contentBase64, 'base64');
    const first = await imports.importFiles([incoming('a.xlsx', bytes)]);
    const second = await imports.importFiles([incoming('b.xlsx', other)]);
    expect(first.files[0]!.outcome).toBe('imported');
    const [row] = await createPoolQueryService(pool).register();
    expect(second.files[0]).toMatchObject({ outcome: 'imported', conflict: true });
    expect(row).toMatchObject({ submissions: 2, conflicts: 2, landkreis: '' });
  });

  it.skipIf(skip !== null)('groups the field scores by Bundesland with median and quartiles', async () => {
    const pool = await newPool();
    const imports = createPoolImportService(pool);
    await imports.importFiles(['audit', 'bw'].map((name) => incoming(name, readFileSync(`test/fixtures/pool/gutachten-0.1.0-${name}.xlsx`))));
    const groups = await createPoolQueryService(pool).statistics('bundesland');
    expect(groups.map((group) => [group.label, group.catalogueId, group.cases])).toEqual(
      expect.arrayContaining([
        ['Nordrhein-Westfalen', 'audit-familiengerechte-kommune', 1],
        ['Baden-Württemberg', 'bw-managementverfahren', 1],
      ]),
    );
    const nrw = groups.find((group) => group.group === '05')!;
    expect(nrw.fields[0]).toMatchObject({ fieldId: 'hf1', count: 1, median: 61.5, q1: 61.5, q3: 61.5, min: 61.5, max: 61.5 });
  });

});

describe('pools', () => {
  it('refuses to open in an auditor\'s data folder', async () => {
    const { dataDir } = await testBackend();
    await expect(openPool(dataDir)).rejects.toThrow('Datenordner einer Auditor-Installation');
  });

  it.skipIf(postgresSkip !== null)('on PostgreSQL, two clients importing the same workbooks at once lose nothing and store nothing twice', async () => {
    const url = await newPostgresUrl();
    const [a, b] = [await openAt(url), await openAt(url)];
    const workbooks = await Promise.all(['audit-familiengerechte-kommune', 'bw-managementverfahren', 'audit-familiengerechte-kommune'].map((catalogue) => exampleWorkbook(catalogue)));
    const files = [...workbooks.map((workbook, index) => incoming(`${index}.xlsx`, workbook.bytes)), ...['audit', 'bw'].map((name) => incoming(name, readFileSync(`test/fixtures/pool/gutachten-0.1.0-${name}.xlsx`)))];
    const [first, second] = await Promise.all([createPoolImportService(a).importFiles(files), createPoolImportService(b).importFiles([...files].reverse())]);
    expect(first.imported + second.imported).toBe(files.length);
    expect(first.unchanged + second.unchanged).toBe(files.length);
    expect(first.refused + second.refused).toBe(0);
    const register = await createPoolQueryService(a).register();
    expect(register).toHaveLength(files.length);
    expect(register.every((row) => row.submissions === 1 && row.conflicts === 0)).toBe(true);
    const stored = await a.db.selectFrom('pool_submissions').select('id').execute();
    expect(stored).toHaveLength(files.length);
  });
});
