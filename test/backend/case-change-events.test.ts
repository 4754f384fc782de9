import { describe, expect, it } from 'vitest';
import type { CaseChanged, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { completeCase } from '../helpers/complete-case';
import { testBackend } from '../helpers/backend';
import type { Clock } from '../../electron/backend/clock';

const WINDOW = 'fenster-a-1234';

/**
 * A backend whose calls come from one window, recording per call the case events it emitted and
 * whether it wrote to the change log (which the database keeps by triggers on every case table:
 * an oracle for "this call changed a case" that does not depend on the event code).
 */
async function recordingBackend() {
  const app = await testBackend();
  const events: CaseChanged[] = [];
  app.backend.events.subscribe((event, payload) => {
    if (event === 'cases.changed') events.push(payload as CaseChanged);
  });
  const logSize = () => (app.backend.database.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const calls: { method: MethodName; events: CaseChanged[]; wrote: boolean }[] = [];
  async function call<M extends MethodName>(method: M, input: MethodInput<M>, origin: unknown = WINDOW): Promise<MethodOutput<M>> {
    const before = logSize();
    const seen = events.length;
    const result = await app.backend.dispatch(method, input, { origin });
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    calls.push({ method, events: events.slice(seen), wrote: logSize() > before });
    return result.value as MethodOutput<M>;
  }
  return { app, events, calls, call };
}

describe('case change events', () => {
  it('every call that changes a case announces it once, with the case, the area and the calling window; reads announce nothing', async () => {
    const { calls, call } = await recordingBackend();
    const created = await call('cases.create', { municipalityName: 'Zweifensterstadt', ags: '05711000', kind: 'kommune' });
    const caseId = created.id;
    await completeCase({ call }, caseId);
    await call('cases.update', { id: caseId, changes: { municipalityName: 'Zweifensterstadt (neu)', ags: '05711000', kind: 'kommune' } });
    const phase = created.phases[0]!;
    await call('timeline.updatePhase', { caseId, phaseKey: phase.key, plannedStart: '2026-01-01', plannedEnd: '2026-02-01', actualStart: null, actualEnd: null, note: 'geplant' });
    const scoring = await call('scoring.get', { caseId });
    const fieldId = scoring.fields[0]!.id;
    await call('scoring.saveSummary', { caseId, fieldId, summary: 'Gut aufgestellt' });
    await call('scoring.addItem', { caseId, fieldId, kind: 'staerke', text: 'Familienbüro' });
    const items = (await call('scoring.addItem', { caseId, fieldId, kind: 'staerke', text: 'Kita-Plätze' })).fields[0]!.items;
    await call('scoring.updateItem', { caseId, itemId: items[0]!.id, text: 'Familienbüro im Rathaus' });
    await call('scoring.moveItem', { caseId, itemId: items[0]!.id, toPosition: 1 });
    await call('scoring.deleteItem', { caseId, itemId: items[0]!.id });
    const assessment = await call('certification.get', { caseId });
    await call('certification.rate', { caseId, criterionId: assessment.criteria[0]!.id, rating: 'teilweise', justification: 'noch offen' });
    const file = await call('transfer.exportCase', { caseId });
    const copy = await call('transfer.importCase', { ...file, mode: 'copy' });
    for (const read of [
      () => call('cases.get', { id: caseId }),
      () => call('cases.list', {}),
      () => call('questionnaire.get', { caseId }),
      () => call('goals.get', { caseId }),
      () => call('changeLog.caseLog', { caseId }),
      () => call('catalogues.list', {}),
    ]) {
      await read();
    }

    const expectedArea: Partial<Record<MethodName, string>> = {
      'cases.create': 'case',
      'cases.update': 'case',
      'timeline.updatePhase': 'case',
      'questionnaire.saveAnswer': 'questionnaire',
      'scoring.rate': 'scoring',
      'scoring.saveSummary': 'scoring',
      'scoring.addItem': 'scoring',
      'scoring.updateItem': 'scoring',
      'scoring.moveItem': 'scoring',
      'scoring.deleteItem': 'scoring',
      'goals.addNode': 'goals',
      'goals.addMeasure': 'goals',
      'goals.adopt': 'goals',
      'evidence.add': 'evidence',
      'certification.rate': 'certification',
      'participation.saveEvent': 'participation',
      'transfer.importCase': 'all',
    };
    for (const { method, events, wrote } of calls) {
      const area = expectedArea[method];
      if (area === undefined) {
        expect({ method, events, wrote }).toEqual({ method, events: [], wrote: false });
        continue;
      }
      expect({ method, wrote }).toEqual({ method, wrote: true });
      expect({ method, events }).toEqual({ method, events: [{ caseId: method === 'transfer.importCase' ? copy.caseId : caseId, area, origin: WINDOW }] });
    }
    // Every kind of call above happened, so that the table is not checked against nothing.
    expect(new Set(calls.map((entry) => entry.method))).toEqual(new Set([...Object.keys(expectedArea), 'scoring.get', 'certification.get', 'participation.get', 'transfer.exportCase', 'cases.get', 'cases.list', 'questionnaire.get', 'goals.get', 'changeLog.caseLog', 'catalogues.list']));
  });

  it('a refused change announces nothing, and a malformed window name is not passed on', async () => {
    const { call, events, app } = await recordingBackend();
    const caseId = (await call('cases.create', { municipalityName: 'Konfliktstadt', ags: '05711000', kind: 'kommune' }, 'x'.repeat(65))).id;
    expect(events.at(-1)).toEqual({ caseId, area: 'case', origin: null });
    const questionId = (await call('questionnaire.get', { caseId })).catalogue.sections[0]!.questions.find((question) => question.type === 'shortText')!.id;
    await call('questionnaire.saveAnswer', { caseId, questionId, value: 'aus Fenster A', expectedUpdatedAt: null }, null);
    expect(events.at(-1)).toEqual({ caseId, area: 'questionnaire', origin: null });
    const count = events.length;
    const refused = await app.backend.dispatch('questionnaire.saveAnswer', { caseId, questionId, value: 'aus Fenster B', expectedUpdatedAt: null }, { origin: WINDOW });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(events).toHaveLength(count);
  });

  it('every change of a part of a case dates the case’s last change, which the case list shows, and a refused one does not', async () => {
    let minute = 0;
    const clock: Clock = { nowIso: () => new Date(Date.UTC(2026, 5, 15, 9, minute++)).toISOString(), today: () => '2026-06-15' };
    const { call } = await testBackend({ clock });
    const caseId = (await call('cases.create', { municipalityName: 'Zeitstadt', ags: '05711000', kind: 'kommune' })).id;
    const lastChange = async () => (await call('cases.list', {})).items.find((item) => item.id === caseId)!.updatedAt;
    const questionnaire = await call('questionnaire.get', { caseId });
    const questionId = questionnaire.catalogue.sections[0]!.questions.find((question) => question.type === 'shortText')!.id;
    const scoring = await call('scoring.get', { caseId });
    const fieldId = scoring.fields[0]!.id;
    const criterionId = (await call('certification.get', { caseId })).criteria[0]!.id;
    const changes: [string, () => Promise<unknown>][] = [
      ['questionnaire.saveAnswer', () => call('questionnaire.saveAnswer', { caseId, questionId, value: 'Frau Zeit' })],
      ['scoring.rate', () => call('scoring.rate', { caseId, criterionId: scoring.fields[0]!.criteria[0]!.id, value: 3, justification: 'gut' })],
      ['scoring.saveSummary', () => call('scoring.saveSummary', { caseId, fieldId, summary: 'Gut aufgestellt' })],
      ['scoring.addItem', () => call('scoring.addItem', { caseId, fieldId, kind: 'staerke', text: 'Familienbüro' })],
      ['goals.addNode', () => call('goals.addNode', { caseId, kind: 'strategic', parentId: fieldId, title: 'Betreuung ausbauen' })],
      ['certification.rate', () => call('certification.rate', { caseId, criterionId, rating: 'teilweise', justification: 'noch offen' })],
    ];
    for (const [method, change] of changes) {
      const before = await lastChange();
      await change();
      expect({ method, later: (await lastChange()) > before }).toEqual({ method, later: true });
    }
    const before = await lastChange();
    await expect(call('questionnaire.saveAnswer', { caseId, questionId, value: 'Herr Alt', expectedUpdatedAt: null })).rejects.toThrow(/CONFLICT/);
    expect(await lastChange()).toBe(before);
  });

  it('the worked example announces its new case as replaced as a whole', async () => {
    const { call, events } = await recordingBackend();
    const example = await call('cases.createExample', { catalogueId: 'bw-managementverfahren', seed: 1 });
    expect(events.at(-1)).toEqual({ caseId: example.id, area: 'all', origin: WINDOW });
  });
});
