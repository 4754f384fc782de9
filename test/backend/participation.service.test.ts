import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';

const base = { municipalityName: 'Ingersheim', ags: '08118079', kind: 'kommune', motto: 'Ingersheim, heute leben – morgen gestalten' } as const;

describe('participation service', () => {
  it('keeps the motto, the project group and events with counts, organisations, priorities and a protocol, in a real database', async () => {
    const app = await testBackend();
    const created = await app.call('cases.create', base);
    expect(created.motto).toBe('Ingersheim, heute leben – morgen gestalten');
    const caseId = created.id;
    const member = await app.call('participation.saveMember', { caseId, member: { name: 'Anna Beispiel', group: 'verwaltung', role: 'Projektleitung', from: '2026-01-15' } });
    await app.call('participation.saveMember', { caseId, member: { name: 'Rat Muster', group: 'gemeinderat', role: 'Fraktion' } });
    const event = await app.call('participation.saveEvent', {
      caseId,
      event: {
        formatId: 'zukunftswerkstatt',
        title: 'Wie wollen wir hier künftig leben?',
        heldOn: '2026-04-18',
        place: 'SKV-Halle',
        moderation: 'Prozessbegleitung',
        participants: { buerger: 62, jugend: 14, verwaltung: 0 },
        organisations: [{ organisation: 'Musikverein', role: '' }, { organisation: '', role: '' }],
        protocol: 'Ergebnisse:\n- Backhaustag\n- <b>Bürgerbus</b>',
      },
    });
    const saved = event.events.find((entry) => entry.id === event.savedId)!;
    expect(saved).toMatchObject({ formatName: 'Zukunftswerkstatt', phaseKey: 'beteiligung', participants: { buerger: 62, jugend: 14 }, participantTotal: 76, organisations: [{ organisation: 'Musikverein', role: '' }], lockReason: null });
    // The protocol is kept exactly as typed, markup included, as text.
    expect(saved.protocol).toBe('Ergebnisse:\n- Backhaustag\n- <b>Bürgerbus</b>');
    expect(event.members.map((entry) => [entry.name, entry.group, entry.from])).toEqual([['Anna Beispiel', 'verwaltung', '2026-01-15'], ['Rat Muster', 'gemeinderat', null]]);
    expect(event.formats.find((format) => format.id === 'zukunftswerkstatt')?.eventCount).toBe(1);
    expect(event.missingFormats).toEqual(['Strategieworkshop', 'Zielvereinbarungsworkshop']);

    const sqlite = new BetterSqlite3(join(app.dataDir, 'familienaudit.sqlite'), { readonly: true });
    expect(sqlite.prepare('SELECT participant_counts, organisations FROM participation_events WHERE id = ?').get(event.savedId)).toEqual({ participant_counts: '{"buerger":62,"jugend":14}', organisations: '[{"organisation":"Musikverein","role":""}]' });
    // Every change is in the case's history, personal data included, like any case row.
    expect((sqlite.prepare("SELECT table_name, operation FROM change_log WHERE case_id = ? AND table_name IN ('project_members', 'participation_events') ORDER BY seq").all(caseId) as object[]).length).toBe(3);
    sqlite.close();

    const updated = await app.call('participation.saveMember', { caseId, id: member.savedId, member: { name: 'Anna Beispiel', group: 'verwaltung', role: 'Projektleitung', from: '2026-01-15', until: '2026-12-31' } });
    expect(updated.members[0]).toMatchObject({ until: '2026-12-31' });
    const removed = await app.call('participation.removeMember', { caseId, id: member.savedId });
    expect(removed.members.map((entry) => entry.name)).toEqual(['Rat Muster']);
    const timeline = await app.call('cases.get', { id: caseId });
    expect(timeline.phases.find((phase) => phase.key === 'beteiligung')?.events).toEqual([{ id: event.savedId, formatName: 'Zukunftswerkstatt', title: 'Wie wollen wir hier künftig leben?', heldOn: '2026-04-18' }]);
  });

  it.each([
    ['an unknown format', { formatId: 'flashmob' }, /Das Format „flashmob“ gibt es in diesem Verfahren nicht/],
    ['priorities at a format that chooses none', { formatId: 'zukunftswerkstatt', priorityFields: ['hf1'] }, /Bei „Zukunftswerkstatt“ werden keine Schwerpunktfelder gewählt/],
    ['an unknown field', { formatId: 'strategie', priorityFields: ['hf9'] }, /Das Feld „hf9“ gibt es nicht/],
    ['a negative count', { formatId: 'strategie', participants: { buerger: -1 } }, /Die Zahl kann nicht negativ sein/],
    ['an unknown group', { formatId: 'strategie', participants: { hacker: 3 } }, /./],
    ['a control character in the protocol', { formatId: 'strategie', protocol: 'a\u0007b' }, /./],
  ])('refuses %s with a German message and stores nothing', async (_name, event, message) => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const result = await app.invoke('participation.saveEvent', { caseId, event: event as never });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    expect((await app.call('participation.get', { caseId })).events).toEqual([]);
  });

  it('refuses a change to an event someone else changed meanwhile', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const first = await app.call('participation.saveEvent', { caseId, event: { formatId: 'strategie', heldOn: '2026-02-01' } });
    const stored = first.events[0]!;
    await app.call('participation.saveEvent', { caseId, id: stored.id, event: { formatId: 'strategie', heldOn: '2026-02-02' }, expectedUpdatedAt: stored.updatedAt });
    const late = await app.invoke('participation.saveEvent', { caseId, id: stored.id, event: { formatId: 'strategie', heldOn: '2026-02-03' }, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(late).toMatchObject({ ok: false, error: { message: expect.stringMatching(/inzwischen an anderer Stelle geändert/) } });
  });

  it('after the certificate keeps the workshops up to it frozen and the project group and network meetings open', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    await completeCase(app, caseId);
    const assessment = await app.call('certification.get', { caseId });
    for (const criterion of assessment.criteria) await app.call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'belegt' });
    await app.call('certification.decide', { caseId, override: null, conditions: [], certificateDate: '2026-05-01' });
    await app.call('certification.finalize', { caseId });

    const frozen = await app.invoke('participation.saveEvent', { caseId, event: { formatId: 'strategie', heldOn: '2026-02-01' } });
    expect(frozen).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Die Veranstaltungen bis zur Begutachtung und ihre Ideen sind eingefroren/) } });
    const meeting = await app.call('participation.saveEvent', { caseId, event: { formatId: 'netzwerktreffen', heldOn: '2026-09-01', participants: { vereine: 12 } } });
    expect(meeting.events.find((event) => event.formatId === 'netzwerktreffen')?.lockReason).toBeNull();
    // completeCase held a citizens' format of the participation phase.
    expect(meeting.events.find((event) => event.phaseKey === 'beteiligung')?.lockReason).toMatch(/eingefroren/);
    expect(meeting).toMatchObject({ lockReason: expect.stringMatching(/eingefroren/), networkLockReason: null });
    await app.call('participation.saveMember', { caseId, member: { name: 'Neu im Team', group: 'buergerschaft' } });
  });

  it('the formal check on citizens’ participation follows the events', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const check = async () => (await app.call('certification.get', { caseId })).checks.find((entry) => entry.id === 'beteiligung-buerger');
    expect(await check()).toMatchObject({ passed: false, fix: 'participation', details: [{ target: { element: 'veranstaltungen' } }] });
    // An event without anybody counted is no participation yet.
    const undated = await app.call('participation.saveEvent', { caseId, event: { formatId: 'buergerbefragung', heldOn: '2026-03-01' } });
    expect(await check()).toMatchObject({ passed: false });
    await app.call('participation.saveEvent', { caseId, id: undated.savedId, event: { formatId: 'buergerbefragung', heldOn: '2026-03-01', participants: { buerger: 412 } } });
    expect(await check()).toMatchObject({ passed: true, details: [] });
  });

  it('a round pinned to a format-1 catalogue keeps its two workshops as formats, three yearly reports, and no participation check', async () => {
    const first = await testBackend();
    const created = await first.call('cases.create', base);
    expect(created.catalogueVersion).toBe(4);
    await first.backend.close();
    // A round started before format 2: pinned to version 2, as every existing round is.
    const sqlite = new BetterSqlite3(join(first.dataDir, 'familienaudit.sqlite'));
    sqlite.prepare('UPDATE cases SET catalogue_version = 2 WHERE id = ?').run(created.id);
    sqlite.close();
    const app = await testBackend({ dataDir: first.dataDir });
    const caseId = created.id;
    const participation = await app.call('participation.get', { caseId });
    expect(participation.formats.map((format) => [format.id, format.name, format.phaseKey, format.required])).toEqual([
      ['strategie', 'Strategieworkshop', 'analyse-strategie', false],
      ['zielvereinbarung', 'Zielvereinbarungsworkshop', 'ziele-massnahmen', false],
    ]);
    await app.call('participation.saveEvent', { caseId, event: { formatId: 'strategie', heldOn: '2026-02-01', priorityFields: ['hf2'] } });
    expect((await app.call('goals.get', { caseId })).yearlyReports).toBe(3);
    expect((await app.call('certification.get', { caseId })).checks.map((check) => check.id)).not.toContain('beteiligung-buerger');
    expect((await app.call('certification.get', { caseId })).checks.map((check) => check.id)).not.toContain('beschluss-dokument');
    expect(await app.invoke('participation.saveEvent', { caseId, event: { formatId: 'zukunftswerkstatt' } })).toMatchObject({ ok: false });
  });
});
