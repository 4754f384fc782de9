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

describe('transfer limits', () => {
  it('a case with two 14 MB questionnaire returns travels; one too large to import is refused at export, in German', async () => {
    const from = await testBackend();
    const caseId = (await from.call('cases.create', { municipalityName: 'Großstadt', ags: '05711000', kind: 'kommune' })).id;
    addReturnedWorkbook(from, caseId, 14);
    addReturnedWorkbook(from, caseId, 14);
    const file = await from.call('transfer.exportCase', { caseId });
    const fileMb = Buffer.from(file.contentBase64, 'base64').length / MEGABYTE;
    const to = await testBackend();
    const imported = await to.invoke('transfer.importCase', { ...file, mode: 'new' });
    expect(imported.ok).toBe(true);

    addReturnedWorkbook(from, caseId, 20);
    addReturnedWorkbook(from, caseId, 20);
    const tooLarge = await from.invoke('transfer.exportCase', { caseId });
    printFigures('transfer limits', { twoReturnsFileMb: fileMb.toFixed(1), limitMb: UPLOAD_LIMITS_MB.transfer, fourReturns: tooLarge.ok ? 'exportiert' : 'abgelehnt' });
    expect(fileMb).toBeGreaterThan(25);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(new RegExp(`wäre [\\d,]+ MB groß; übernommen werden können höchstens ${UPLOAD_LIMITS_MB.transfer} MB`)) } });
  });
});
