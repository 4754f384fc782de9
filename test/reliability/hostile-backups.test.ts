import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseRows } from '../../electron/backend/transfer/case-rows';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';
import { printFigures } from './figures';
import { appState, isGermanMessage, readFailures } from './hostile/after-each-attempt';
import { hostileBackups, type BackupIds } from './hostile/backup-corpus';
import { fullCase } from './hostile/full-case';

describe('hostile backups', () => {
  it('are refused in German before anything of them runs, and the data here stays as it was', async () => {
    const source = await testBackend({ user: 'a.pruefer' });
    const caseA = await fullCase(source, 'Sicherungsstadt', '05711000');
    const caseB = await fullCase(source, 'Zweitstadt', '05711004');
    const rowsA = readCaseRows(source.backend.database.sqlite, caseA);
    const rowsB = readCaseRows(source.backend.database.sqlite, caseB);
    const ids: BackupIds = { caseA, caseB, reportA: String(rowsA.implementation_reports![0]!.id), measureB: String(rowsB.measures![0]!.id), itemB: String(rowsB.field_items![0]!.id) };
    const dir = tempDir();
    const clean = join(dir, 'sauber.sqlite');
    await source.backend.backups.exportTo(clean);

    const target = await testBackend({ user: 'b.kollegin' });
    await fullCase(target, 'Bleibtstadt', '05711008');
    const figures = { tried: 0, refusedInGerman: 0, refusedOtherwise: 0, accepted: 0, readFailures: 0, dataChanged: 0 };
    const findings: string[] = [];
    for (const entry of hostileBackups(ids)) {
      figures.tried++;
      const file = entry.make(clean, dir);
      const before = appState(target);
      const backupsBefore = (await target.call('backups.list', {})).length;
      const result = await target.invoke('backups.restore', { fileName: `${entry.name}.sqlite`, contentBase64: readFileSync(file).toString('base64') });
      if (result.ok) {
        figures.accepted++;
        findings.push(`${entry.name}: wiederhergestellt`);
      } else if (isGermanMessage(result.error.message) && result.error.code === 'INVALID_INPUT') {
        figures.refusedInGerman++;
        if (process.env.SHOW_REFUSALS) process.stdout.write(`${entry.name}: ${result.error.message}\n`);
      } else {
        figures.refusedOtherwise++;
        findings.push(`${entry.name}: ${result.error.code} ${result.error.message}`);
      }
      const failures = await readFailures(target);
      figures.readFailures += failures.length;
      findings.push(...failures.map((failure) => `${entry.name}: ${failure}`));
      if (JSON.stringify(appState(target).rows) !== JSON.stringify(before.rows) || (await target.call('backups.list', {})).length !== backupsBefore) {
        figures.dataChanged++;
        findings.push(`${entry.name}: Daten oder Sicherungen verändert`);
      }
    }
    printFigures('hostile backups', figures);
    expect(findings).toEqual([]);

    // The clean backup itself restores, with both cases readable.
    const restored = await target.call('backups.restore', { fileName: 'sauber.sqlite', contentBase64: readFileSync(clean).toString('base64') });
    expect(restored.caseCount).toBe(2);
    expect(readCaseRows(target.backend.database.sqlite, caseA)).toEqual(rowsA);
    expect(await readFailures(target)).toEqual([]);
  });
});
