import { describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';

const base = { municipalityName: 'Ideenstadt', ags: '05711000', kind: 'kommune' } as const;

async function caseWithGoal(app: TestBackend) {
  const caseId = (await app.call('cases.create', base)).id;
  let agreement = await app.call('goals.addNode', { caseId, kind: 'strategic', parentId: 'hf5', title: 'Mobil im Alter' });
  agreement = await app.call('goals.addNode', { caseId, kind: 'goal', parentId: agreement.fields.find((field) => field.id === 'hf5')!.strategicGoals[0]!.id, title: 'Abends mobil' });
  const goalId = agreement.fields.find((field) => field.id === 'hf5')!.strategicGoals[0]!.goals[0]!.id;
  const event = await app.call('participation.saveEvent', { caseId, event: { formatId: 'zukunftswerkstatt', heldOn: '2026-04-18', participants: { buerger: 40 } } });
  return { caseId, goalId, eventId: event.savedId };
}

describe('the Ideenspeicher', () => {
  it('adds ideas in fields, counts votes that never go below zero, and totals them', async () => {
    const app = await testBackend();
    const { caseId, eventId } = await caseWithGoal(app);
    const bus = await app.call('participation.addIdea', { caseId, idea: { text: 'Bürgerbus am Abend', fieldId: 'hf5', eventId, group: 'buerger' } });
    const kita = await app.call('participation.addIdea', { caseId, idea: { text: 'Kita bis 18 Uhr', fieldId: 'hf2', votes: 2 } });
    for (const delta of [1, 1, 1, -1] as const) await app.call('participation.vote', { caseId, id: bus.savedId, delta });
    const after = await app.call('participation.vote', { caseId, id: kita.savedId, delta: -1 });
    expect(after.ideas.map((idea) => [idea.text, idea.fieldId, idea.votes, idea.status, idea.eventId])).toEqual([
      ['Bürgerbus am Abend', 'hf5', 2, 'neu', eventId],
      ['Kita bis 18 Uhr', 'hf2', 1, 'neu', null],
    ]);
    for (const _ of [1, 2, 3]) await app.call('participation.vote', { caseId, id: kita.savedId, delta: -1 });
    const totals = (await app.call('participation.ideas', { caseId })).totals;
    expect(totals).toEqual({ ideas: 2, votes: 2, byField: { hf5: { ideas: 1, votes: 2 }, hf2: { ideas: 1, votes: 0 } } });
    expect(after.events).toEqual([{ id: eventId, label: 'Zukunftswerkstatt · 18.04.2026', heldOn: '2026-04-18' }]);
  });

  it.each([
    ['an empty text', { text: '  ', fieldId: 'hf1' }, /Bitte die Idee eingeben/],
    ['an unknown field', { text: 'x', fieldId: 'hf9' }, /Das Feld „hf9“ gibt es in diesem Verfahren nicht/],
    ['a foreign event', { text: 'x', fieldId: 'hf1', eventId: '3f0b8c1e-4b7a-4d2e-9a55-0c1b2d3e4f50' }, /Die Veranstaltung gehört nicht zu diesem Auditfall/],
    ['negative votes', { text: 'x', fieldId: 'hf1', votes: -2 }, /Punkte können nicht negativ sein/],
  ])('refuses %s in German and stores nothing', async (_name, idea, message) => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    expect(await app.invoke('participation.addIdea', { caseId, idea })).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    expect((await app.call('participation.ideas', { caseId })).ideas).toEqual([]);
  });

  it('a rejected idea keeps its reason; a taken-over idea changes only by losing its measure', async () => {
    const app = await testBackend();
    const { caseId, goalId } = await caseWithGoal(app);
    const idea = await app.call('participation.addIdea', { caseId, idea: { text: 'Seilbahn zum Rathaus', fieldId: 'hf5' } });
    expect(await app.invoke('participation.setIdeaStatus', { caseId, id: idea.savedId, status: 'verworfen', reason: '' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/begründen/) } });
    const rejected = await app.call('participation.setIdeaStatus', { caseId, id: idea.savedId, status: 'verworfen', reason: 'Nicht finanzierbar' });
    expect(rejected.ideas[0]).toMatchObject({ status: 'verworfen', statusReason: 'Nicht finanzierbar' });
    const taken = await app.call('participation.ideaToMeasure', { caseId, id: idea.savedId, goalId, amendment: null });
    expect(taken.ideas[0]).toMatchObject({ status: 'uebernommen', measureId: taken.measureId, measureLabel: '5.1.1 Seilbahn zum Rathaus', statusReason: '' });
    expect(await app.invoke('participation.setIdeaStatus', { caseId, id: idea.savedId, status: 'neu', reason: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const measure = (await app.call('goals.get', { caseId })).fields.find((field) => field.id === 'hf5')!.strategicGoals[0]!.goals[0]!.measures[0]!;
    expect(measure).toMatchObject({ id: taken.measureId, title: 'Seilbahn zum Rathaus', fromIdeas: [{ id: idea.savedId, text: 'Seilbahn zum Rathaus' }] });
    const unlinked = await app.call('participation.linkIdea', { caseId, id: idea.savedId, measureId: null });
    expect(unlinked.ideas[0]).toMatchObject({ status: 'aufgenommen', measureId: null });
    // Linking again to the existing measure takes it over once more; deleting the measure leaves the idea.
    await app.call('participation.linkIdea', { caseId, id: idea.savedId, measureId: taken.measureId });
    await app.call('goals.remove', { caseId, kind: 'measure', id: taken.measureId, amendment: null });
    expect((await app.call('participation.ideas', { caseId })).ideas[0]).toMatchObject({ measureId: null, status: 'aufgenommen' });
  });

  it('after the council resolution a measure made from an idea is an amendment with its date and reason', async () => {
    const app = await testBackend();
    const { caseId, goalId } = await caseWithGoal(app);
    await app.call('goals.addMeasure', { caseId, goalId, measure: { title: 'Vorhandene Maßnahme', priority: 'hoch' } });
    await app.call('goals.adopt', { caseId, resolutionDate: '2026-05-01', drucksache: 'DS 1' });
    const idea = await app.call('participation.addIdea', { caseId, idea: { text: 'Mitfahrbank', fieldId: 'hf5' } });
    expect(await app.invoke('participation.ideaToMeasure', { caseId, id: idea.savedId, goalId, amendment: null })).toMatchObject({ ok: false });
    await app.call('participation.ideaToMeasure', { caseId, id: idea.savedId, goalId, amendment: { date: '2026-06-01', reason: 'Idee aus der Zukunftswerkstatt' } });
    const agreement = await app.call('goals.get', { caseId });
    expect(agreement.amendments.at(-1)).toMatchObject({ amendedOn: '2026-06-01', reason: 'Idee aus der Zukunftswerkstatt', subject: expect.stringContaining('Mitfahrbank') });
  });
});
