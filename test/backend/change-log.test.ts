import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/backend/data-dir';
import { testBackend } from '../helpers/backend';

const newCase = { municipalityName: 'Protokollstadt', ags: '05711000', kind: 'kommune' as const };

async function caseWithAnswers(user = 'a.pruefer') {
  const backend = await testBackend({ user });
  const caseId = (await backend.call('cases.create', newCase)).id;
  const questionnaire = await backend.call('questionnaire.get', { caseId });
  const question = questionnaire.catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'shortText')!;
  await backend.call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'erste Fassung' });
  await backend.call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'zweite Fassung' });
  return { ...backend, caseId, questionId: question.id };
}

describe('change log', () => {
  it('records every change of case data with old and new value, time and user, newest first', async () => {
    const { call, caseId, questionId } = await caseWithAnswers('a.pruefer');
    const log = await call('changeLog.caseLog', { caseId });
    const answers = log.entries.filter((entry) => entry.tableName === 'answers');
    expect(answers.map((entry) => entry.operation)).toEqual(['update', 'insert']);
    expect(answers[0]).toMatchObject({ tableLabel: 'Antwort', user: 'a.pruefer', rowKey: JSON.stringify([caseId, questionId]) });
    expect(answers[0]!.changes).toEqual([{ field: 'value', label: 'Antwort', before: 'erste Fassung', after: 'zweite Fassung' }]);
    expect(answers[0]!.subject).toMatch(/^HF\d\.\d+ /);
    expect(log.entries.at(-1)).toMatchObject({ tableName: 'cases', operation: 'insert' });
    expect(Date.parse(log.entries[0]!.changedAt)).not.toBeNaN();
  });

  it('pages back through the history', async () => {
    const { call, caseId } = await caseWithAnswers();
    const all = await call('changeLog.caseLog', { caseId, limit: 500 });
    const first = await call('changeLog.caseLog', { caseId, limit: 2 });
    expect(first.entries.map((entry) => entry.seq)).toEqual(all.entries.slice(0, 2).map((entry) => entry.seq));
    const second = await call('changeLog.caseLog', { caseId, limit: 2, beforeSeq: first.nextBeforeSeq! });
    expect(second.entries.map((entry) => entry.seq)).toEqual(all.entries.slice(2, 4).map((entry) => entry.seq));
    const rest = await call('changeLog.caseLog', { caseId, limit: 500, beforeSeq: all.entries[1]!.seq });
    expect(rest.nextBeforeSeq).toBeNull();
  });

  it('cannot be changed or deleted, not even with SQL on another connection', async () => {
    const { backend, dataDir } = await caseWithAnswers();
    const before = backend.database.sqlite.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    const raw = new BetterSqlite3(databaseFile(dataDir));
    expect(() => raw.prepare("UPDATE change_log SET user_profile = 'jemand anderes'").run()).toThrow(/kann nicht geändert werden/);
    expect(() => raw.prepare('DELETE FROM change_log').run()).toThrow(/können nicht gelöscht werden/);
    raw.close();
    expect(backend.database.sqlite.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(before);
  });

  it('outlives a deleted case and keeps what happened after a backup through a restore', async () => {
    const { call, backend, caseId } = await caseWithAnswers();
    const backup = await call('backups.create', {});
    await call('cases.update', { id: caseId, changes: { ...newCase, municipalityName: 'Umbenannt' } });
    const beforeRestore = (await call('changeLog.caseLog', { caseId, limit: 500 })).entries;
    await call('backups.restore', { backupId: backup.id });
    const afterRestore = (await call('changeLog.caseLog', { caseId, limit: 500 })).entries;
    expect(afterRestore.map((entry) => entry.seq)).toEqual(beforeRestore.map((entry) => entry.seq));
    expect((await call('cases.get', { id: caseId })).municipalityName).toBe('Protokollstadt');

    await call('cases.moveToTrash', { id: caseId });
    await call('cases.deletePermanently', { id: caseId });
    const remaining = backend.database.sqlite.prepare("SELECT COUNT(*) AS n FROM change_log WHERE case_id = ? AND table_name = 'cases' AND operation = 'delete'").get(caseId);
    expect(remaining).toEqual({ n: 1 });
  });
  it('shows an entry whose stored values cannot be read as unreadable instead of failing the whole log', async () => {
    const { call, caseId, backend } = await caseWithAnswers();
    // Such entries came in with files before they were checked; the log cannot be edited, so they stay.
    backend.database.sqlite
      .prepare("INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile) VALUES (?, 'answers', '[]', 'update', 'kaputt', '\"text\"', '2026-06-15T10:00:00.000Z', 'x')")
      .run(caseId);
    const log = await call('changeLog.caseLog', { caseId, limit: 500 });
    const broken = log.entries.filter((entry) => !entry.readable);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ user: 'x', changes: [], origin: null });
    expect(log.entries.filter((entry) => entry.readable).length).toBeGreaterThan(2);
  });

  it('marks the entries that came with a transfer file, naming the file', async () => {
    const { call, caseId } = await caseWithAnswers('a.pruefer');
    const file = await call('transfer.exportCase', { caseId });
    const other = await testBackend({ user: 'b.kollegin' });
    await other.call('transfer.importCase', { ...file, mode: 'new' });
    const entries = (await other.call('changeLog.caseLog', { caseId, limit: 500 })).entries;
    const carried = entries.filter((entry) => entry.user === 'a.pruefer');
    expect(carried.length).toBeGreaterThan(2);
    for (const entry of carried) expect(entry.origin).toMatch(new RegExp(`^Übergabedatei „${file.fileName.replace(/[.]/g, '\\.')}“ vom \\d{2}\\.\\d{2}\\.\\d{4}`));
    expect(entries.filter((entry) => entry.user === 'b.kollegin').every((entry) => entry.origin === null)).toBe(true);
  });

  it('names participation in the auditor’s words: the event by format and date, the idea by its text, group and status by label', async () => {
    const { call } = await testBackend();
    const caseId = (await call('cases.create', newCase)).id;
    const event = await call('participation.saveEvent', { caseId, event: { formatId: 'zukunftswerkstatt', heldOn: '2026-04-18', participants: { buerger: 30 } } });
    const idea = await call('participation.addIdea', { caseId, idea: { text: 'Bürgerbus', fieldId: 'hf5', eventId: event.savedId, group: 'jugend' } });
    await call('participation.setIdeaStatus', { caseId, id: idea.savedId, status: 'verworfen', reason: 'Zu teuer für den Ort' });
    await call('participation.saveMember', { caseId, member: { name: 'Anna Beispiel', group: 'traeger', role: 'Familienzentrum' } });
    const log = await call('changeLog.caseLog', { caseId });
    const entry = (table: string, operation: string) => log.entries.find((candidate) => candidate.tableName === table && candidate.operation === operation)!;
    expect(entry('participation_events', 'insert')).toMatchObject({ tableLabel: 'Veranstaltung', subject: 'Zukunftswerkstatt am 18.04.2026' });
    expect(entry('participation_events', 'insert').changes).toEqual(expect.arrayContaining([{ field: 'participant_counts', label: 'Teilnehmende nach Gruppe', before: '–', after: 'Bürger/innen: 30' }]));
    const added = entry('ideas', 'insert');
    expect(added).toMatchObject({ tableLabel: 'Idee', subject: '„Bürgerbus“' });
    expect(added.changes).toEqual(expect.arrayContaining([
      { field: 'event_id', label: 'Veranstaltung', before: '–', after: 'Zukunftswerkstatt am 18.04.2026' },
      { field: 'contributor_group', label: 'Beitrag von', before: '–', after: 'Kinder und Jugendliche' },
    ]));
    expect(entry('ideas', 'update').changes).toEqual(expect.arrayContaining([{ field: 'status', label: 'Stand', before: 'neu', after: 'verworfen' }, { field: 'status_reason', label: 'Begründung', before: '–', after: 'Zu teuer für den Ort' }]));
    expect(entry('project_members', 'insert')).toMatchObject({ tableLabel: 'Mitglied der Projektgruppe', subject: 'Anna Beispiel' });
    expect(entry('project_members', 'insert').changes).toEqual(expect.arrayContaining([{ field: 'member_group', label: 'Gruppe', before: '–', after: 'Träger und Verbände' }]));
  });

  it('names what each entry points at, shows values as people read them, and leaves out changes of the last-changed time alone', async () => {
    const { call } = await testBackend();
    const example = await call('cases.createExample', { catalogueId: 'audit-familiengerechte-kommune', seed: 1 });
    const agreement = await call('goals.get', { caseId: example.id });
    const goal = agreement.fields[0]!.strategicGoals[0]!.goals[0]!;
    const doomed = (await call('goals.addMeasure', { caseId: example.id, goalId: goal.id, measure: { title: 'Bald gestrichen', budget: 4800.5 }, amendment: { date: '2026-06-01', reason: 'Neue Maßnahme nach Ausschuss' } })).fields[0]!.strategicGoals[0]!.goals[0]!.measures.at(-1)!;
    await call('goals.remove', { caseId: example.id, kind: 'measure', id: doomed.id, amendment: { date: '2026-06-02', reason: 'Doch nicht finanzierbar' } });
    const entries = (await call('changeLog.caseLog', { caseId: example.id, limit: 500 })).entries;

    const texts = entries.flatMap((entry) => [entry.subject ?? '', ...entry.changes.flatMap((change) => [change.label, change.before, change.after])]);
    const internal = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^\[|^\{|_id\b|_at\b|erfuellt|budget_cents/;
    expect(texts.filter((text) => internal.test(text))).toEqual([]);
    expect(entries.filter((entry) => entry.operation === 'update' && entry.changes.length === 0)).toEqual([]);
    const document = entries.find((entry) => entry.tableName === 'documents' && entry.operation === 'insert')!;
    expect(document.subject).toMatch(/^„Ratsbeschluss zur Zielvereinbarung, DS \d{4}\/0\d\d“ \(SHA-256 [0-9a-f]{12}…\)$/);
    expect(document.changes).toEqual(expect.arrayContaining([{ field: 'document_type', label: 'Dateityp', before: '–', after: 'PDF' }, expect.objectContaining({ field: 'size', label: 'Größe', after: expect.stringMatching(/^\d+ Bytes$/) })]));
    expect(entries.find((entry) => entry.tableName === 'document_links' && entry.operation === 'insert')!.subject).toMatch(/^„Ratsbeschluss zur Zielvereinbarung, DS .*“ an Ratsbeschluss zur Zielvereinbarung$/);

    const amended = entries.find((entry) => entry.tableName === 'measures' && entry.operation === 'update' && entry.changes.some((change) => change.label === 'Budget'))!;
    expect(amended.subject).toMatch(/^1\.1\.1 /);
    expect(amended.changes).toEqual([{ field: 'budget_cents', label: 'Budget', before: '45.000,00 €', after: '50.000,00 €' }]);
    const status = entries.find((entry) => entry.tableName === 'report_entries')!;
    expect(status.subject).toMatch(/^Jahresbericht \d: \d\.\d\.\d /);
    expect(status.changes.map((change) => change.label)).toEqual(['Stand']);
    const rated = entries.find((entry) => entry.tableName === 'certification_ratings')!;
    expect(rated.changes.find((change) => change.label === 'Bewertung')?.after).toBe('erfüllt');
    const removed = entries.find((entry) => entry.tableName === 'measures' && entry.operation === 'delete')!;
    expect(removed).toMatchObject({ subject: '„Bald gestrichen“ (gelöscht)' });
    expect(removed.changes.find((change) => change.label === 'Budget')?.before).toBe('4.800,50 €');
    expect(removed.changes.find((change) => change.label === 'Ziel')?.before).toBe(`${goal.number} ${goal.title}`);
  }, 60_000);

  it('speaks the procedure’s words and names the person from the settings', async () => {
    const { call } = await testBackend({ user: 'systemkonto' });
    const caseId = (await call('cases.create', { ...newCase, catalogueId: 'bw-managementverfahren', auditor: 'A. Begleiterin' })).id;
    expect(await call('settings.get', {})).toEqual({ userName: null });
    await call('settings.update', { userName: 'Petra Prozessbegleiterin' });
    const question = (await call('questionnaire.get', { caseId })).catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'shortText')!;
    await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'Text' });
    const entries = (await call('changeLog.caseLog', { caseId, limit: 500 })).entries;
    expect(entries[0]).toMatchObject({ user: 'Petra Prozessbegleiterin', tableName: 'answers' });
    expect(entries[0]!.changes.find((change) => change.label === 'Quelle')?.after).toBe('Prozessbegleitung');
    const created = entries.find((entry) => entry.tableName === 'cases' && entry.operation === 'insert')!;
    expect(created.user).toBe('systemkonto');
    expect(created.changes.filter((change) => ['Prozessbegleitung', 'Runde'].includes(change.label)).map((change) => change.after)).toEqual(['Erstverfahren', 'A. Begleiterin']);
  });
});
