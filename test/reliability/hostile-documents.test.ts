import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hostileDocuments } from '../../scripts/make-hostile-documents';
import { testBackend } from '../helpers/backend';
import { printFigures } from './figures';
import { appState, isGermanMessage, readFailures } from './hostile/after-each-attempt';

// eslint-disable-next-line no-control-regex -- control characters are exactly what a safe name must not hold
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

it('hostile documents are refused in German or stored safely, and nothing else changes', async () => {
  const app = await testBackend();
  const caseId = (await app.call('cases.createExample', { catalogueId: 'audit-familiengerechte-kommune', municipalityName: 'Belegstadt' })).id;
  const store = join(app.dataDir, 'nachweise');
  const storeFiles = () => (existsSync(store) ? readdirSync(store).sort() : []);
  const figures = { tried: 0, refusedInGerman: 0, storedSafely: 0 };
  const findings: string[] = [];
  for (const entry of await hostileDocuments()) {
    figures.tried++;
    const before = { state: appState(app), files: storeFiles() };
    const result = await app.invoke('evidence.add', { caseId, fileName: entry.fileName, contentBase64: entry.bytes.toString('base64') });
    if (entry.expect === 'refused') {
      if (result.ok) findings.push(`${entry.name}: angenommen`);
      else if (!isGermanMessage(result.error.message)) findings.push(`${entry.name}: ${result.error.message}`);
      else figures.refusedInGerman++;
      if (JSON.stringify(appState(app)) !== JSON.stringify(before.state) || JSON.stringify(storeFiles()) !== JSON.stringify(before.files)) findings.push(`${entry.name}: Daten verändert`);
    } else if (!result.ok) {
      findings.push(`${entry.name}: abgelehnt (${result.error.message})`);
    } else {
      const document = result.value.documents.find((candidate) => candidate.id === result.value.savedId)!;
      const read = await app.call('evidence.read', { documentId: document.id });
      const safe = !UNSAFE_NAME.test(document.fileName) && !UNSAFE_NAME.test(read.fileName) && document.fileName.length > 0;
      if (!safe) findings.push(`${entry.name}: unsicherer Name ${JSON.stringify(document.fileName)}`);
      else if (!Buffer.from(read.contentBase64, 'base64').equals(entry.bytes)) findings.push(`${entry.name}: Inhalt verändert`);
      else figures.storedSafely++;
      if (storeFiles().some((name) => !/^[0-9a-f]{64}$/.test(name))) findings.push(`${entry.name}: Datei außerhalb der Hash-Namen`);
      await app.call('evidence.remove', { documentId: document.id });
    }
    findings.push(...(await readFailures(app)).map((failure) => `${entry.name}: ${failure}`));
  }
  printFigures('hostile documents', figures);
  expect(findings).toEqual([]);
  expect(figures.refusedInGerman + figures.storedSafely).toBe(figures.tried);
});
