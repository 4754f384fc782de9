import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCaseRows } from '../../electron/backend/transfer/case-rows';
import { transferChecksum, type TransferFile } from '../../electron/backend/transfer/transfer-file';
import { testBackend, type TestBackend } from '../helpers/backend';
import { nextVersion, rawCatalogue } from '../helpers/catalogues';
import { completeCase } from '../helpers/complete-case';
import { caseOf, CASE_ENTRY, readContainer, writeContainer } from '../helpers/transfer-container';

const newCase = (name: string) => ({ municipalityName: name, ags: '05711000', kind: 'kommune' as const });

async function laptopWithCompleteCase(): Promise<TestBackend & { caseId: string }> {
  const laptop = await testBackend({ user: 'a.pruefer' });
  const caseId = (await laptop.call('cases.create', newCase('Übergabestadt'))).id;
  await completeCase(laptop, caseId);
  return { ...laptop, caseId };
}

function rowsOf(laptop: TestBackend, caseId: string) {
  return readCaseRows(laptop.backend.database.sqlite, caseId);
}

/** Rewrites a transfer file's case (format 1, or the case entry of a format-2 container) and, unless told otherwise, its checksum. */
async function tamper(contentBase64: string, change: (file: TransferFile) => void, fixChecksum = true): Promise<string> {
  const bytes = Buffer.from(contentBase64, 'base64');
  const isContainer = bytes.subarray(0, 2).toString('latin1') === 'PK';
  const entries = isContainer ? await readContainer(bytes) : null;
  const file = entries ? caseOf(entries) : (JSON.parse(gunzipSync(bytes).toString('utf8')) as TransferFile);
  change(file);
  if (fixChecksum) file.sha256 = transferChecksum(file);
  if (!entries) return gzipSync(JSON.stringify(file)).toString('base64');
  entries.set(CASE_ENTRY, Buffer.from(JSON.stringify(file), 'utf8'));
  return (await writeContainer(entries)).toString('base64');
}

describe('case transfer', () => {
  it('moves a case with everything and its history to another laptop, row for row', async () => {
    const from = await laptopWithCompleteCase();
    const file = await from.call('transfer.exportCase', { caseId: from.caseId });
    expect(file.fileName).toMatch(/^Auditfall_Übergabestadt_\d{4}-\d{2}-\d{2}\.familienaudit$/);

    const to = await testBackend({ user: 'b.kollegin' });
    const preview = await to.call('transfer.previewCase', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(preview).toMatchObject({ caseId: from.caseId, municipalityName: 'Übergabestadt', existingName: null });
    expect(preview.historyCount).toBeGreaterThan(10);

    const result = await to.call('transfer.importCase', { fileName: file.fileName, contentBase64: file.contentBase64, mode: 'new' });
    expect(result.caseId).toBe(from.caseId);
    expect(rowsOf(to, from.caseId)).toEqual(rowsOf(from, from.caseId));
    for (const method of ['questionnaire.get', 'scoring.get', 'goals.get', 'certification.get'] as const) {
      expect(await to.call(method, { caseId: from.caseId }), method).toEqual(await from.call(method, { caseId: from.caseId }));
    }
    const history = (await to.call('changeLog.caseLog', { caseId: from.caseId, limit: 500 })).entries;
    expect(history.filter((entry) => entry.user === 'a.pruefer')).toHaveLength(preview.historyCount);
    expect(history.some((entry) => entry.user === 'b.kollegin' && entry.operation === 'insert')).toBe(true);
    expect((await to.call('backups.list', {})).map((backup) => backup.kind)).toContain('import');
  });

  it('offers an existing case as a copy with new ids or as an update, never merging silently', async () => {
    const laptop = await laptopWithCompleteCase();
    const file = await laptop.call('transfer.exportCase', { caseId: laptop.caseId });
    const input = { fileName: file.fileName, contentBase64: file.contentBase64 };
    expect((await laptop.call('transfer.previewCase', input)).existingName).toBe('Übergabestadt');
    expect(await laptop.invoke('transfer.importCase', { ...input, mode: 'new' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const copy = await laptop.call('transfer.importCase', { ...input, mode: 'copy' });
    expect(copy.caseId).not.toBe(laptop.caseId);
    expect(copy.municipalityName).toBe('Übergabestadt (Kopie)');
    const original = rowsOf(laptop, laptop.caseId);
    const copied = rowsOf(laptop, copy.caseId);
    for (const table of Object.keys(original)) expect(copied[table]?.length, table).toBe(original[table]?.length);
    const originalIds = new Set(Object.values(original).flat().map((row) => row.id).filter(Boolean));
    expect(Object.values(copied).flat().filter((row) => originalIds.has(row.id))).toEqual([]);
    expect((await laptop.call('goals.get', { caseId: copy.caseId })).fields.flatMap((field) => field.strategicGoals).length).toBeGreaterThan(0);

    await laptop.call('cases.update', { id: laptop.caseId, changes: { ...newCase('Umbenannt') } });
    const updated = await laptop.call('transfer.importCase', { ...input, mode: 'update' });
    expect(updated).toMatchObject({ caseId: laptop.caseId, municipalityName: 'Übergabestadt' });
    // The backup to go back to if the update is regretted: taken just before, holding the renamed case.
    const before = (await laptop.call('backups.list', {})).find((backup) => backup.id === updated.backupBefore?.id);
    expect(before?.kind).toBe('import');
    expect(rowsOf(laptop, laptop.caseId)).toEqual({ ...original });
    expect((await laptop.call('cases.list', {})).items).toHaveLength(2);
  });

  it('reads a file of schema 12 whose round recorded its two workshops, and keeps their history', async () => {
    const from = await testBackend();
    const caseId = (await from.call('cases.create', newCase('Altstadt'))).id;
    const file = await from.call('transfer.exportCase', { caseId });
    const workshop = { case_id: caseId, kind: 'strategie', held_on: '2026-02-01', participants: JSON.stringify([{ organisation: 'Jugendamt', role: 'Leitung' }]), priority_fields: JSON.stringify(['hf2']), updated_at: '2026-02-02T10:00:00.000Z' };
    const older = await tamper(file.contentBase64, (content) => {
      content.schemaVersion = 12;
      delete content.tables.participation_events;
      delete content.tables.project_members;
      for (const row of content.tables.cases ?? []) delete row.motto;
      content.tables.workshops = [workshop, { ...workshop, kind: 'zielvereinbarung', held_on: null, participants: '[]', priority_fields: '[]' }];
      content.history.push({ case_id: caseId, table_name: 'workshops', row_key: JSON.stringify([caseId, 'strategie']), operation: 'insert', old_values: null, new_values: JSON.stringify(workshop), changed_at: '2026-02-02T10:00:00.000Z', user_profile: 'a.pruefer', origin: null });
    });
    const to = await testBackend();
    await to.call('transfer.importCase', { fileName: file.fileName, contentBase64: older, mode: 'new' });
    const participation = await to.call('participation.get', { caseId });
    // The empty workshop carried nothing; the held one is an event of its format with all it recorded.
    expect(participation.events.map((event) => [event.formatId, event.heldOn, event.organisations, event.priorityFields])).toEqual([['strategie', '2026-02-01', [{ organisation: 'Jugendamt', role: 'Leitung' }], ['hf2']]]);
    const log = await to.call('changeLog.caseLog', { caseId });
    expect(log.entries.find((entry) => entry.tableName === 'workshops')).toMatchObject({ tableLabel: 'Workshop', subject: 'Strategieworkshop', readable: true });
  });

  it('brings the catalogue version along when the other laptop does not have it', async () => {
    const from = await testBackend();
    const next = rawCatalogue('bw');
    next.version = nextVersion('bw');
    await from.call('catalogues.import', { content: JSON.stringify(next) });
    const caseId = (await from.call('cases.create', { ...newCase('Katalogstadt'), catalogueId: next.id })).id;
    expect((await from.call('cases.get', { id: caseId })).catalogueVersion).toBe(nextVersion('bw'));
    const file = await from.call('transfer.exportCase', { caseId });
    const to = await testBackend();
    await to.call('transfer.importCase', { ...file, mode: 'new' });
    expect((await to.call('catalogues.list', {})).map((item) => `${item.id}@${item.version}`)).toContain(`${next.id}@${nextVersion('bw')}`);
  });

  it('clears a link to a previous round that is not on this laptop', async () => {
    const from = await testBackend();
    const first = await from.call('cases.create', newCase('Runde Eins'));
    const second = await from.call('cases.create', { ...newCase('Runde Zwei'), auditRound: 'reaudit', previousCaseId: first.id });
    const file = await from.call('transfer.exportCase', { caseId: second.id });
    const to = await testBackend();
    await to.call('transfer.importCase', { ...file, mode: 'new' });
    expect((await to.call('cases.get', { id: second.id })).previousCaseId).toBeNull();
  });

  it('rewrites every id of the original inside the history of a copy, too', async () => {
    const laptop = await laptopWithCompleteCase();
    const file = await laptop.call('transfer.exportCase', { caseId: laptop.caseId });
    const copy = await laptop.call('transfer.importCase', { ...file, mode: 'copy' });
    const originalIds = [laptop.caseId, ...Object.values(rowsOf(laptop, laptop.caseId)).flat().map((row) => row.id).filter((id): id is string => typeof id === 'string')];
    const history = laptop.backend.database.sqlite.prepare('SELECT row_key, old_values, new_values FROM change_log WHERE case_id = ?').all(copy.caseId) as Record<string, string | null>[];
    expect(history.length).toBeGreaterThan(20);
    const carryingOriginal = history.filter((entry) => originalIds.some((id) => Object.values(entry).some((text) => text?.includes(id))));
    expect(carryingOriginal).toEqual([]);
  });

  it('leaves a catalogue it brought uninstalled when the file is refused', async () => {
    const from = await testBackend();
    const next = rawCatalogue('bw');
    next.version = nextVersion('bw');
    await from.call('catalogues.import', { content: JSON.stringify(next) });
    const caseId = (await from.call('cases.create', { ...newCase('Katalogstadt'), catalogueId: next.id })).id;
    const file = await from.call('transfer.exportCase', { caseId });
    const broken = await tamper(file.contentBase64, (content) => (content.tables.cases![0]!.bundesland = '99'));
    const to = await testBackend();
    const before = await to.call('catalogues.list', {});
    const result = await to.invoke('transfer.importCase', { fileName: file.fileName, contentBase64: broken, mode: 'new' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Es wurde nichts verändert/) } });
    expect(await to.call('catalogues.list', {})).toEqual(before);
    expect(await to.call('backups.list', {})).toHaveLength(1);
  });

  it.each([
    { name: 'not a transfer file', content: () => Buffer.from('Hallo').toString('base64'), message: /keine Familienaudit-Fallübergabe/ },
    { name: 'changed after export', content: (base64: string) => tamper(base64, (file) => (file.municipalityName = 'x'), false), message: /Prüfsumme stimmt nicht/ },
    {
      name: 'rows of another case',
      content: (base64: string, otherId: string) => tamper(base64, (file) => (file.tables.answers![0]!.case_id = otherId)),
      message: /gehört zu einem anderen Auditfall/,
    },
    { name: 'from a newer version', content: (base64: string) => tamper(base64, (file) => (file.schemaVersion = 999)), message: /neueren Version/ },
  ])('refuses a file $name in German and changes nothing', async ({ content, message }) => {
    const laptop = await laptopWithCompleteCase();
    const other = await laptop.call('cases.create', newCase('Unbeteiligt'));
    const file = await laptop.call('transfer.exportCase', { caseId: laptop.caseId });
    const before = { rows: rowsOf(laptop, other.id), cases: (await laptop.call('cases.list', {})).items.length };
    const result = await laptop.invoke('transfer.importCase', { fileName: 'fall.familienaudit', contentBase64: await content(file.contentBase64, other.id), mode: 'copy' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect(rowsOf(laptop, other.id)).toEqual(before.rows);
    expect((await laptop.call('cases.list', {})).items).toHaveLength(before.cases);
  });
});
