import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCaseRows } from '../../electron/backend/transfer/case-rows';
import { transferChecksum, type TransferFile } from '../../electron/backend/transfer/transfer-file';
import { testBackend, type TestBackend } from '../helpers/backend';
import { caseOf, readContainer } from '../helpers/transfer-container';
import { printFigures } from './figures';
import { appState, isGermanMessage, readFailures } from './hostile/after-each-attempt';
import { fullCase } from './hostile/full-case';
import { hostileTransfers, type Bystander } from './hostile/transfer-corpus';

function bystanderOf(laptop: TestBackend, caseId: string): Bystander {
  const rows = readCaseRows(laptop.backend.database.sqlite, caseId);
  const id = (table: string) => String(rows[table]![0]!.id);
  return { caseId, reportId: id('implementation_reports'), measureId: id('measures'), goalId: id('goals'), itemId: id('field_items') };
}

/** The corpus forges the case JSON (format 1); hostile documents inside containers are tried in evidence-transfer.test.ts. */
function withoutDocuments(file: TransferFile): TransferFile {
  const { documents: _documents, document_links: _links, ...tables } = file.tables;
  const copy = { ...file, formatVersion: 1 as const, tables };
  return { ...copy, sha256: transferChecksum(copy) };
}

describe('hostile transfer files', () => {
  it('are refused in German, leave every other case untouched and every read method working', async () => {
    const from = await testBackend({ user: 'a.pruefer' });
    const sourceId = await fullCase(from, 'Quellstadt', '05711000');
    const exported = await from.call('transfer.exportCase', { caseId: sourceId });
    const source = withoutDocuments(caseOf(await readContainer(Buffer.from(exported.contentBase64, 'base64'))));
    for (const table of ['answers', 'questionnaire_imports', 'report_entries', 'field_items', 'participation_events', 'project_members', 'certification_decisions']) expect(source.tables[table]?.length, table).toBeGreaterThan(0);

    const control = await (await testBackend({ user: 'c.kontrolle' })).invoke('transfer.importCase', { fileName: 'fall.familienaudit', contentBase64: gzipSync(JSON.stringify(source)).toString('base64'), mode: 'new' });
    expect(control.ok ? null : control.error, 'the unforged source itself imports').toBeNull();

    const to = await testBackend({ user: 'b.kollegin' });
    const bystanderId = await fullCase(to, 'Unbeteiligt', '05711004');
    const bystander = bystanderOf(to, bystanderId);
    const corpus = hostileTransfers(source, bystander);

    const figures = { tried: 0, refusedInGerman: 0, refusedOtherwise: 0, accepted: 0, acceptedHarmless: 0, readFailures: 0, otherCasesChanged: 0 };
    const findings: string[] = [];
    for (const entry of corpus) {
      figures.tried++;
      const before = appState(to);
      const result = await to.invoke('transfer.importCase', { fileName: 'fall.familienaudit', contentBase64: entry.bytes().toString('base64'), mode: 'new' });
      if (result.ok) {
        if (entry.mayBeAccepted) figures.acceptedHarmless++;
        else {
          figures.accepted++;
          findings.push(`${entry.name}: angenommen`);
        }
      } else if (isGermanMessage(result.error.message)) {
        figures.refusedInGerman++;
        if (process.env.SHOW_REFUSALS) process.stdout.write(`${entry.name}: ${result.error.message}\n`);
      }
      else {
        figures.refusedOtherwise++;
        findings.push(`${entry.name}: ${result.error.code} ${result.error.message}`);
      }
      const failures = await readFailures(to);
      figures.readFailures += failures.length;
      findings.push(...failures.map((failure) => `${entry.name}: ${failure}`));
      const after = appState(to);
      const unchanged = result.ok ? JSON.stringify(after.rows[bystanderId]) === JSON.stringify(before.rows[bystanderId]) : JSON.stringify(after.rows) === JSON.stringify(before.rows);
      if (!unchanged) {
        figures.otherCasesChanged++;
        findings.push(`${entry.name}: Daten verändert`);
      }
      if (result.ok) {
        await to.call('cases.moveToTrash', { id: result.value.caseId });
        await to.call('cases.deletePermanently', { id: result.value.caseId });
      }
    }
    printFigures('hostile transfer files', figures);
    expect(findings).toEqual([]);
    expect(figures.refusedInGerman + figures.acceptedHarmless).toBe(figures.tried);
  });
});
