import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pool on the command line', () => {
  it('imports a folder with one bad file, reports every file, exits 2, lists, compares and exports what it took', () => {
    const folder = join(tempDir(), 'eingang');
    mkdirSync(join(folder, 'unterordner'), { recursive: true });
    copyFileSync('test/fixtures/pool/gutachten-0.1.0-audit.xlsx', join(folder, 'audit.xlsx'));
    copyFileSync('test/fixtures/pool/gutachten-0.1.0-bw.xlsx', join(folder, 'unterordner', 'bw.xlsx'));
    writeFileSync(join(folder, 'kaputt.xlsx'), 'kein Excel');
    writeFileSync(join(folder, '~$audit.xlsx'), 'Sperrdatei von Excel');
    const pool = join(tempDir(), 'verband');

    const imported = cli(['pool', 'import', '--pool', pool, folder]);
    expect(imported.code, imported.stderr).toBe(2);
    const report = JSON.parse(imported.stdout) as { files: { file: string; outcome: string; caseId: string | null; message: string }[] };
    expect(report.files.map((file) => [file.file.slice(folder.length + 1), file.outcome])).toEqual([
      ['audit.xlsx', 'imported'],
      ['kaputt.xlsx', 'refused'],
      [join('unterordner', 'bw.xlsx'), 'imported'],
    ]);
    expect(report.files[1]!.message).toContain('keine Excel-Arbeitsmappe');
    expect(imported.stderr).toContain('[3/3]');

    const again = cli(['pool', 'import', '--pool', pool, join(folder, 'audit.xlsx')]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { files: { outcome: string }[] }).files[0]!.outcome).toBe('unchanged');

    const list = JSON.parse(cli(['pool', 'list', '--pool', pool, '--json']).stdout) as { caseId: string; municipalityName: string; ags: string; catalogueId: string; catalogueVersion: number; fieldScores: Record<string, number | null>; submissions: number }[];
    expect(list.map((row) => [row.ags, row.catalogueId, row.catalogueVersion, row.submissions])).toEqual(
      expect.arrayContaining([
        ['05711000', 'audit-familiengerechte-kommune', 4, 1],
        ['08115003', 'bw-managementverfahren', 4, 1],
      ]),
    );
    expect(list.find((row) => row.ags === '05711000')!.fieldScores.hf1).toBe(61.5);

    const stats = JSON.parse(cli(['pool', 'stats', '--pool', pool, '--by', 'groessenklasse', '--json']).stdout) as { group: string; fields: { fieldId: string; count: number; median: number | null }[] }[];
    expect(stats.map((group) => group.group)).toEqual(['ohne-angabe', 'ohne-angabe']);
    expect(stats.flatMap((group) => group.fields).every((field) => field.count === 1 && field.median !== null)).toBe(true);

    const out = tempDir();
    expect(cli(['pool', 'export', '--pool', pool, '--out', join(out, 'auswertung.csv')]).code).toBe(0);
    const csv = readFileSync(join(out, 'auswertung.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = csv.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const columns = header!.split(';');
    expect(columns.slice(0, 3)).toEqual(['Auditfall-ID', 'Kommune/Kreis', 'AGS']);
    expect(lines).toHaveLength(2);
    const audit = lines.find((line) => line.includes('05711000'))!.split(';');
    expect(audit[columns.indexOf('Feldwert hf1')]).toBe('61,5');
    expect(audit[columns.indexOf('Zertifikat vom')]).toBe('06.11.2024');
    expect(audit[columns.indexOf('Kriterium zk.inhalt.1')]).toMatch(/^(erfuellt|teilweise|nicht_erfuellt|nicht_anwendbar)$/);

    expect(cli(['pool', 'export', '--pool', pool, '--out', join(out, 'auswertung.xlsx')]).code).toBe(0);
    if (spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status === 0) {
      const read = JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', 'import openpyxl, sys, json\nws = openpyxl.load_workbook(sys.argv[1])["Auswertung"]\nrows = [[c.value.isoformat() if hasattr(c.value, "isoformat") else c.value for c in r] for r in ws.iter_rows()]\nprint(json.dumps(rows))', join(out, 'auswertung.xlsx')], { encoding: 'utf8' }),
      ) as (string | number | null)[][];
      const row = read.find((entry) => entry[2] === '05711000')!;
      expect(row[read[0]!.indexOf('Feldwert hf1')]).toBe(61.5);
      expect(row[read[0]!.indexOf('Zertifikat vom')]).toBe('2024-11-06T00:00:00');
    } else console.log('[pool export, openpyxl] the workbook check is skipped: /usr/bin/python3 has no openpyxl');
    expect(cli(['pool', 'export', '--pool', pool, '--out', join(out, 'auswertung.ods')]).stderr).toContain('--out muss auf .xlsx oder .csv enden.');

    const wrong = cli(['pool', 'stats', '--pool', pool, '--by', 'farbe']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--by kennt nur bundesland, groessenklasse, kind.');
  });
});

describe('signing keys between auditor and association', () => {
  it('exports the public key, keeps the private one to the data folder, and lets the association register it', () => {
    const auditor = tempDir();
    const created = JSON.parse(cli(['--data-dir', auditor, 'cases', 'create-example', '--catalogue', 'bw-managementverfahren']).stdout) as { id: string };
    const out = tempDir();
    expect(cli(['--data-dir', auditor, 'certification', 'export', '--case', created.id, '--out', join(out, 'gutachten.xlsx')]).code).toBe(0);
    const privateKey = join(auditor, 'signatur', 'ed25519-privat.pem');
    expect(statSync(privateKey).mode & 0o777).toBe(0o600);
    const privateBody = readFileSync(privateKey, 'utf8').split('\n')[1]!;
    expect(readFileSync(join(out, 'gutachten.xlsx')).includes(privateBody)).toBe(false);

    expect(cli(['--data-dir', auditor, 'settings', 'public-key', '--out', join(out, 'schluessel.json')]).code).toBe(0);
    const keyFile = JSON.parse(readFileSync(join(out, 'schluessel.json'), 'utf8')) as { fingerprint: string; publicKey: string };
    expect(readFileSync(join(out, 'schluessel.json'), 'utf8')).not.toContain(privateBody);

    const pool = join(tempDir(), 'verband');
    expect(cli(['pool', 'import', '--pool', pool, join(out, 'gutachten.xlsx')]).code).toBe(0);
    const trustOf = () => (JSON.parse(cli(['pool', 'list', '--pool', pool, '--json']).stdout) as { keyTrust: string | null }[])[0]!.keyTrust;
    expect(trustOf()).toBe('erstnutzung');

    writeFileSync(join(out, 'gefaelscht.json'), JSON.stringify({ ...keyFile, fingerprint: '0'.repeat(64) }));
    const forged = cli(['pool', 'keys', 'register', '--pool', pool, join(out, 'gefaelscht.json')]);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain('Der Fingerabdruck in der Datei gehört nicht zu ihrem Schlüssel');
    expect(trustOf()).toBe('erstnutzung');

    const registered = cli(['pool', 'keys', 'register', '--pool', pool, join(out, 'schluessel.json')]);
    expect(registered.code, registered.stderr).toBe(0);
    expect(trustOf()).toBe('registriert');
    expect(JSON.parse(cli(['pool', 'keys', 'list', '--pool', pool]).stdout)).toEqual([expect.objectContaining({ fingerprint: keyFile.fingerprint, trust: 'registriert' })]);
  });
});
