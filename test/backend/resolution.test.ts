import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';

const base = { municipalityName: 'Beschlussstadt', ags: '05711000', kind: 'kommune' } as const;

/** A case ready for its resolution (the test clock says 15.06.2026). */
async function caseWithMeasures() {
  const app = await testBackend();
  const caseId = (await app.call('cases.create', base)).id;
  await completeCase(app, caseId);
  return { app, caseId };
}

describe('the council resolution', () => {
  it('cannot lie in the future', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const field = (await app.call('goals.get', { caseId })).fields[0]!;
    const strategic = (await app.call('goals.addNode', { caseId, kind: 'strategic', parentId: field.id, title: 'S' })).fields[0]!.strategicGoals[0]!.id;
    const goal = (await app.call('goals.addNode', { caseId, kind: 'goal', parentId: strategic, title: 'Z' })).fields[0]!.strategicGoals[0]!.goals[0]!.id;
    await app.call('goals.addMeasure', { caseId, goalId: goal, measure: { title: 'M' } });
    expect(await app.invoke('goals.adopt', { caseId, resolutionDate: '2026-06-16', drucksache: 'DS 1' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'resolutionDate', message: 'Ratsbeschluss: Das Datum kann nicht in der Zukunft liegen.' }] },
    });
    expect((await app.call('goals.get', { caseId })).adopted).toBeNull();
  });

  it('speaks the Managementverfahren’s words when it refuses', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { ...base, catalogueId: 'bw-managementverfahren' })).id;
    await completeCase(app, caseId);
    expect(await app.invoke('certification.decide', { caseId, certificateDate: '2026-02-28' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'certificateDate', message: 'Qualitätssiegel: Das Datum kann nicht vor dem Gemeinderatsbeschluss (01.03.2026) liegen.' }] },
    });
    expect(await app.invoke('goals.adopt', { caseId, resolutionDate: '2026-03-02', drucksache: 'DS 2' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Handlungskonzept: bereits beschlossen \(Gemeinderatsbeschluss vom 01\.03\.2026, Drucksache DS 2026\/041\)/) } });
    const measure = (await app.call('goals.get', { caseId })).fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!;
    expect(await app.invoke('goals.updateMeasure', { caseId, measureId: measure.id, measure: { title: 'Neu' }, amendment: { date: '2026-04-01', reason: '' } })).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'Seit dem Gemeinderatsbeschluss gilt: Änderungen brauchen eine Begründung (mindestens 5 Zeichen).' }] },
    });
  });

  it('can be corrected with a reason, which is kept as a record; a same-day amendment is then accepted', async () => {
    const { app, caseId } = await caseWithMeasures();
    expect((await app.call('goals.get', { caseId })).adopted).toEqual({ resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
    expect(await app.invoke('goals.correctResolution', { caseId, resolutionDate: '2026-03-02', drucksache: 'DS 2026/041', reason: 'kurz' })).toMatchObject({ ok: false, error: { issues: [{ path: 'reason' }] } });
    const corrected = await app.call('goals.correctResolution', { caseId, resolutionDate: '2026-03-02', drucksache: 'DS 2026/042', reason: 'Tippfehler im Protokoll übernommen' });
    expect(corrected.adopted).toEqual({ resolutionDate: '2026-03-02', drucksache: 'DS 2026/042' });
    expect(corrected.amendments.at(-1)).toMatchObject({
      subject: 'Korrektur des Ratsbeschlusses',
      reason: 'Tippfehler im Protokoll übernommen',
      changes: ['Beschlussdatum: 01.03.2026 → 02.03.2026', 'Drucksache: DS 2026/041 → DS 2026/042'],
    });
    const goalId = corrected.fields[0]!.strategicGoals[0]!.goals[0]!.id;
    const amended = await app.call('goals.addMeasure', { caseId, goalId, measure: { title: 'Zusätzlich' }, amendment: { date: '2026-03-02', reason: 'Ergänzung im Ausschuss' } });
    expect(amended.amendments.at(-1)).toMatchObject({ amendedOn: '2026-03-02', reason: 'Ergänzung im Ausschuss', subject: expect.stringMatching(/^Maßnahme \d+\.1\.2 „Zusätzlich“$/) });
    expect(await app.invoke('goals.correctResolution', { caseId, resolutionDate: '2026-06-16', drucksache: 'DS 2026/042', reason: 'Datum in die Zukunft' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/nicht in der Zukunft/) } });
  });

  it('keeps the order resolution ≤ certificate ≤ yearly reports', async () => {
    const { app, caseId } = await caseWithMeasures();
    expect(await app.invoke('certification.decide', { caseId, certificateDate: '2026-02-28' })).toMatchObject({ ok: false, error: { issues: [{ path: 'certificateDate', message: 'Zertifikat: Das Datum kann nicht vor dem Ratsbeschluss (01.03.2026) liegen.' }] } });
    await app.call('certification.decide', { caseId, certificateDate: '2026-04-01' });
    expect(await app.invoke('goals.saveReport', { caseId, year: 1, reportDate: '2026-02-01', comment: '', entries: [] })).toMatchObject({ ok: false, error: { issues: [{ path: 'reportDate', message: 'Ein Jahresbericht kann nicht vor dem Ratsbeschluss (01.03.2026) liegen.' }] } });
    expect(await app.invoke('goals.saveReport', { caseId, year: 1, reportDate: '2026-03-15', comment: '', entries: [] })).toMatchObject({ ok: false, error: { message: 'Ein Jahresbericht kann nicht vor dem Zertifikat (01.04.2026) liegen.' } });
    await app.call('goals.saveReport', { caseId, year: 1, reportDate: '2026-05-01', comment: '', entries: [] });
    expect(await app.invoke('goals.correctResolution', { caseId, resolutionDate: '2026-04-15', drucksache: 'DS 2026/041', reason: 'Datum nach dem Zertifikat' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/vor dem Zertifikat \(01\.04\.2026\)/) } });
  });
});
