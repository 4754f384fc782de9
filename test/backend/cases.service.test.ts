import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../shared/contract';
import { currentPhaseKey } from '../../shared/domain/timeline';
import { testBackend } from '../helpers/backend';

const musterstadt: CaseInput = {
  municipalityName: 'Musterstadt',
  ags: '05711000',
  kind: 'kommune',
  landkreis: 'Kreis Muster',
  population: 52_300,
  auditor: 'Petra Prüfer',
  projectLead: { name: 'Jana Jäger', role: 'Familienbüro', contact: 'jana@musterstadt.de' },
  notes: 'Erstgespräch im Rathaus',
};

describe('cases service', () => {
  it('creates a case with all fields, derives the Bundesland and sets up every phase', async () => {
    const { call } = await testBackend();
    const created = await call('cases.create', musterstadt);
    expect(created).toMatchObject({
      municipalityName: 'Musterstadt',
      ags: '05711000',
      bundesland: '05',
      population: 52_300,
      auditRound: 'erstaudit',
      status: 'active',
      projectLead: { name: 'Jana Jäger', role: 'Familienbüro', contact: 'jana@musterstadt.de' },
      createdAt: '2026-06-15T09:00:00.000Z',
    });
    expect(created.phases.map((phase) => phase.state)).toEqual(Array(9).fill('offen'));
    expect(created.currentPhaseKey).toBe('start-mandat');
    expect(await call('cases.get', { id: created.id })).toEqual(created);
  });

  it('keeps everything across a reopen of the database', async () => {
    const first = await testBackend();
    const created = await first.call('cases.create', musterstadt);
    await first.backend.close();
    const second = await testBackend({ dataDir: first.dataDir });
    expect(await second.call('cases.get', { id: created.id })).toEqual(created);
  });

  it('updates a case and refuses changes that break the rules', async () => {
    const { call, invoke } = await testBackend();
    const created = await call('cases.create', musterstadt);
    const updated = await call('cases.update', { id: created.id, changes: { ...musterstadt, municipalityName: 'Musterstadt an der Ruhr', population: null } });
    expect(updated).toMatchObject({ municipalityName: 'Musterstadt an der Ruhr', population: null });

    const wrongLand = await invoke('cases.update', { id: created.id, changes: { ...musterstadt, bundesland: '09' } });
    expect(wrongLand).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'changes.bundesland' }] } });
    const changedProcedure = await invoke('cases.update', { id: created.id, changes: { ...musterstadt, catalogueId: 'andere' } });
    expect(changedProcedure).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await call('cases.get', { id: created.id })).municipalityName).toBe('Musterstadt an der Ruhr');
  });

  it('links a Re-Audit to the previous round of the same municipality only', async () => {
    const { call, invoke } = await testBackend();
    const first = await call('cases.create', musterstadt);
    const other = await call('cases.create', { ...musterstadt, municipalityName: 'Andersdorf', ags: '09162000' });

    const reaudit = await call('cases.create', { ...musterstadt, auditRound: 'reaudit', previousCaseId: first.id });
    expect(reaudit.previousCase).toMatchObject({ id: first.id, municipalityName: 'Musterstadt' });

    const foreign = await invoke('cases.create', { ...musterstadt, auditRound: 'reaudit', previousCaseId: other.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/gehört zu Andersdorf/) } });

    const self = await invoke('cases.update', { id: reaudit.id, changes: { ...musterstadt, auditRound: 'reaudit', previousCaseId: reaudit.id } });
    expect(self).toMatchObject({ ok: false, error: { message: 'Ein Auditfall kann nicht sein eigener Vorgänger sein.' } });
  });

  it('searches by every term, ignoring case and umlaut case, across name, AGS, Landkreis and people', async () => {
    const { call } = await testBackend();
    await call('cases.create', musterstadt);
    await call('cases.create', { ...musterstadt, municipalityName: 'Überlingen', ags: '08435059', landkreis: 'Bodenseekreis', auditor: 'Otto Ober', projectLead: { name: 'Uwe Ufer', role: '', contact: '' } });
    await call('cases.create', { ...musterstadt, municipalityName: 'Kreis Lippe', ags: '05766000', kind: 'kreis', landkreis: '' });

    const names = async (search: string) => (await call('cases.list', { search })).items.map((item) => item.municipalityName);
    expect(await names('ÜBER')).toEqual(['Überlingen']);
    expect(await names('bodensee otto')).toEqual(['Überlingen']);
    expect(await names('05766')).toEqual(['Kreis Lippe']);
    expect(await names('jäger')).toEqual(['Kreis Lippe', 'Musterstadt']);
    expect(await names('nordrhein')).toEqual(['Kreis Lippe', 'Musterstadt']);
    expect(await names('100%_')).toEqual([]);
  });

  it('filters and sorts with German collation', async () => {
    const { call } = await testBackend();
    for (const [name, ags, population] of [
      ['Zell', '07135050', 5000],
      ['Ägidienberg', '05382000', 7000],
      ['Aachen', '05334002', 250000],
    ] as const) {
      await call('cases.create', { ...musterstadt, municipalityName: name, ags, population });
    }
    const list = async (input: Parameters<typeof call<'cases.list'>>[1]) => (await call('cases.list', input)).items.map((item) => item.municipalityName);
    expect(await list({})).toEqual(['Aachen', 'Ägidienberg', 'Zell']);
    expect(await list({ sortBy: 'municipalityName', sortDirection: 'desc' })).toEqual(['Zell', 'Ägidienberg', 'Aachen']);
    expect(await list({ sortBy: 'population' })).toEqual(['Zell', 'Ägidienberg', 'Aachen']);
    expect(await list({ bundesland: '07' })).toEqual(['Zell']);
    expect(await list({ kind: 'kreis' })).toEqual([]);
  });

  it('pages the sorted, filtered list in SQL: each page continues the last, with the total of all pages', async () => {
    const { call } = await testBackend();
    const names = ['Stadt 10', 'Öhringen', 'Stadt 2', 'Oberkirch', 'Straßberg', 'Aalen', 'Stadt 1'];
    for (const [index, name] of names.entries()) await call('cases.create', { ...musterstadt, municipalityName: name, population: 1000 + index });
    const all = (await call('cases.list', {})).items.map((item) => item.municipalityName);
    expect(all).toEqual(['Aalen', 'Oberkirch', 'Öhringen', 'Stadt 1', 'Stadt 2', 'Stadt 10', 'Straßberg']);
    const pages = await Promise.all([0, 3, 6].map((offset) => call('cases.list', { offset, limit: 3 })));
    expect(pages.map((page) => page.items.map((item) => item.municipalityName))).toEqual([all.slice(0, 3), all.slice(3, 6), all.slice(6)]);
    expect(pages.map((page) => [page.offset, page.total])).toEqual([[0, 7], [3, 7], [6, 7]]);
    const searched = await call('cases.list', { search: 'stadt', offset: 1, limit: 1, sortDirection: 'desc' });
    expect([searched.total, searched.items.map((item) => item.municipalityName)]).toEqual([3, ['Stadt 2']]);
    const byPopulation = await call('cases.list', { sortBy: 'population', sortDirection: 'desc', offset: 5, limit: 10 });
    expect(byPopulation.items.map((item) => item.municipalityName)).toEqual(['Öhringen', 'Stadt 10']);
    await expect(call('cases.list', { limit: 501 })).rejects.toThrow(/INVALID_INPUT/);
  });

  it('keeps the German order after a rename', async () => {
    const { call } = await testBackend();
    const first = await call('cases.create', { ...musterstadt, municipalityName: 'Zwickau' });
    await call('cases.create', { ...musterstadt, municipalityName: 'Mannheim' });
    await call('cases.update', { id: first.id, changes: { ...musterstadt, municipalityName: 'Ägidienberg' } });
    expect((await call('cases.list', {})).items.map((item) => item.municipalityName)).toEqual(['Ägidienberg', 'Mannheim']);
  });

  it('archives, moves to the trash, restores and deletes for good, with counts per status', async () => {
    const { call, invoke } = await testBackend();
    const a = await call('cases.create', musterstadt);
    const b = await call('cases.create', { ...musterstadt, municipalityName: 'Beispielhausen', ags: '05711004' });

    expect((await call('cases.setArchived', { id: a.id, archived: true })).status).toBe('archived');
    expect((await call('cases.moveToTrash', { id: b.id })).status).toBe('trash');
    const listed = await call('cases.list', { status: 'archived' });
    expect(listed.items.map((item) => item.id)).toEqual([a.id]);
    expect(listed.counts).toEqual({ active: 0, archived: 1, trash: 1 });

    const editInTrash = await invoke('cases.update', { id: b.id, changes: musterstadt });
    expect(editInTrash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const purgeActive = await invoke('cases.deletePermanently', { id: a.id });
    expect(purgeActive).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect((await call('cases.restore', { id: b.id })).status).toBe('active');
    await call('cases.moveToTrash', { id: b.id });
    expect(await call('cases.deletePermanently', { id: b.id })).toEqual({ id: b.id });
    expect(await invoke('cases.get', { id: b.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await call('cases.list', {})).counts).toEqual({ active: 0, archived: 1, trash: 0 });
  });

  it('unlinks a Re-Audit when its previous round is deleted for good', async () => {
    const { call } = await testBackend();
    const first = await call('cases.create', musterstadt);
    const second = await call('cases.create', { ...musterstadt, auditRound: 'reaudit', previousCaseId: first.id });
    await call('cases.moveToTrash', { id: first.id });
    await call('cases.deletePermanently', { id: first.id });
    expect((await call('cases.get', { id: second.id })).previousCaseId).toBeNull();
  });

  it('stores phase dates, derives states and warnings, and lists the same current phase as the domain rule', async () => {
    const { call, invoke } = await testBackend();
    const created = await call('cases.create', musterstadt);
    await call('timeline.updatePhase', {
      caseId: created.id,
      phaseKey: 'start-mandat',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-31',
      actualStart: '2026-01-05',
      actualEnd: '2026-02-10',
      note: 'Ratsbeschluss vom 10.02.',
    });
    const detail = await call('timeline.updatePhase', {
      caseId: created.id,
      phaseKey: 'beteiligung',
      plannedStart: null,
      plannedEnd: null,
      actualStart: '2026-02-01',
      actualEnd: null,
    });
    expect(detail.phases.find((phase) => phase.key === 'start-mandat')).toMatchObject({ state: 'abgeschlossen', note: 'Ratsbeschluss vom 10.02.' });
    expect(detail.currentPhaseKey).toBe('beteiligung');
    expect(detail.warnings.map((warning) => warning.message)).toContain(
      'Beteiligungsphase dauert bereits 4 Monate – vorgesehen sind höchstens 3 Monate.',
    );
    const domainCurrent = currentPhaseKey(
      detail.phases.map(({ key, plannedStart, plannedEnd, actualStart, actualEnd }) => ({ key, plannedStart, plannedEnd, actualStart, actualEnd })),
    );
    const [summary] = (await call('cases.list', {})).items;
    expect(summary?.currentPhaseKey).toBe(domainCurrent);
    expect(summary?.currentPhaseName).toBe('Beteiligungsphase');

    const backwards = await invoke('timeline.updatePhase', {
      caseId: created.id,
      phaseKey: 'beteiligung',
      plannedStart: null,
      plannedEnd: null,
      actualStart: '2026-05-01',
      actualEnd: '2026-04-01',
    });
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ path: 'actualEnd', message: 'Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.' }] } });
    const unknownPhase = await invoke('timeline.updatePhase', {
      caseId: created.id,
      phaseKey: 'gibt-es-nicht',
      plannedStart: null,
      plannedEnd: null,
      actualStart: null,
      actualEnd: null,
    });
    expect(unknownPhase).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
