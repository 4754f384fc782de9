import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MEGABYTE, UPLOAD_LIMITS_MB } from '../../shared/contract/limits';
import { testBackend, type TestBackend } from '../helpers/backend';
import { printFigures } from './figures';

/** A stored questionnaire return of `megabytes` that does not compress, as a real xlsx (a zip) does not. */
function addReturnedWorkbook(laptop: TestBackend, caseId: string, megabytes: number): void {
  const bytes = randomBytes(megabytes * MEGABYTE);
  laptop.backend.database.sqlite
    .prepare(
      "INSERT INTO questionnaire_imports (id, case_id, file_name, file_content, file_sha256, imported_at, imported_by, applied, summary) VALUES (?, ?, 'ruecklauf.xlsx', ?, ?, '2026-06-15T09:00:00.000Z', 'a.pruefer', 0, '{}')",
    )
    .run(randomUUID(), caseId, bytes, createHash('sha256').update(bytes).digest('hex'));
}

/** A scanned council resolution of `megabytes`: a PDF frame around bytes that do not compress, as scans do not. */
const scannedPdf = (megabytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(megabytes * MEGABYTE - 20), Buffer.from('\n%%EOF\n', 'latin1')]);

async function addScans(laptop: TestBackend, caseId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    await laptop.call('evidence.add', { caseId, fileName: `scan-${index}.pdf`, contentBase64: scannedPdf(24).toString('base64'), title: `Scan ${index + 1}` });
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('transfer limits', () => {
  it('a case with two 14 MB returns and three 24 MB scans travels byte for byte; one too large to import is refused at export, in German', async () => {
    const from = await testBackend();
    const caseId = (await from.call('cases.create', { municipalityName: 'Großstadt', ags: '05711000', kind: 'kommune' })).id;
    addReturnedWorkbook(from, caseId, 14);
    addReturnedWorkbook(from, caseId, 14);
    await addScans(from, caseId, 3);
    const file = await from.call('transfer.exportCase', { caseId });
    const fileMb = Buffer.from(file.contentBase64, 'base64').length / MEGABYTE;
    const to = await testBackend();
    const imported = await to.invoke('transfer.importCase', { ...file, mode: 'new' });
    expect(imported.ok).toBe(true);
    const documents = (await to.call('evidence.list', { caseId })).documents;
    expect(documents).toHaveLength(3);
    for (const document of documents) {
      const original = await from.call('evidence.read', { documentId: document.id });
      const arrived = await to.call('evidence.read', { documentId: document.id });
      expect(sha256(Buffer.from(arrived.contentBase64, 'base64'))).toBe(sha256(Buffer.from(original.contentBase64, 'base64')));
    }

    await addScans(from, caseId, 5);
    const tooLarge = await from.invoke('transfer.exportCase', { caseId });
    printFigures('transfer limits', { fileMb: fileMb.toFixed(1), limitMb: UPLOAD_LIMITS_MB.transfer, withEightScans: tooLarge.ok ? 'exportiert' : 'abgelehnt' });
    expect(fileMb).toBeGreaterThan(100);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(new RegExp(`wäre [\\d,]+ MB groß; übernommen werden können höchstens ${UPLOAD_LIMITS_MB.transfer} MB`)) } });
  });
});
