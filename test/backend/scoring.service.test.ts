import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../helpers/catalogues';
import { testBackend } from '../helpers/backend';

const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;
const audit = shippedCatalogue('audit');
const hf1 = audit.scoring.fields.find((field) => field.fieldId === 'hf1')!;
const hf2 = audit.scoring.fields.find((field) => field.fieldId === 'hf2')!;

describe('scoring service', () => {
  it('starts with every field unscored and nothing complete', async () => {
    const { call } = await testBackend();
    const created = await call('cases.create', base);
    const scoring = await call('scoring.get', { caseId: created.id });
    expect(scoring.fields.map((field) => [field.id, field.score, field.rated, field.total])).toEqual(
      audit.fields.map((field) => [field.id, null, 0, audit.scoring.fields.find((scored) => scored.fieldId === field.id)!.criteria.length]),
    );
    expect([scoring.overall, scoring.completeness, scoring.previous]).toEqual([null, 0, null]);
  });

  it('rates criteria with justification and evidence, scores by weight, and keeps it across a restart', async () => {
    const first = await testBackend();
    const created = await first.call('cases.create', base);
    const evidence = audit.questionnaire.sections[0]!.questions[0]!.id;
    const [a, b, c] = hf1.criteria;
    await first.call('scoring.rate', { caseId: created.id, criterionId: a!.id, value: 4, justification: 'Ratsbeschluss liegt vor', evidence: [evidence] });
    await first.call('scoring.rate', { caseId: created.id, criterionId: b!.id, value: 2 });
    const scoring = await first.call('scoring.rate', { caseId: created.id, criterionId: c!.id, value: null, notRatable: true });
    const expected = Math.round(((a!.weight * 100 + b!.weight * 50) / (a!.weight + b!.weight)) * 10) / 10;
    const field = scoring.fields.find((candidate) => candidate.id === 'hf1')!;
    expect([field.score, field.rated, field.notRatable]).toEqual([expected, 2, 1]);
    expect(field.criteria[0]).toMatchObject({ score: 100, rating: { value: 4, justification: 'Ratsbeschluss liegt vor', evidence: [evidence] } });
    expect(scoring.overall).toBe(expected);
    await first.backend.close();

    const again = await testBackend({ dataDir: first.dataDir });
    expect((await again.call('scoring.get', { caseId: created.id })).fields.find((candidate) => candidate.id === 'hf1')!.score).toBe(expected);
  });

  it.each([
    ['a value off the scale', { value: 9 }, 'value', /ganze Zahl von 0 bis 4/],
    ['a value and "nicht bewertbar" at once', { value: 2, notRatable: true }, 'value', /entweder bewertet oder „nicht bewertbar“/],
    ['an unknown criterion', { criterionId: 'hf9.k1', value: 1 }, 'criterionId', /gibt es im Katalog dieses Auditfalls nicht/],
    ['evidence that is no question', { value: 1, evidence: ['keine-frage'] }, 'evidence', /keine Frage im Fragebogen/],
  ])('refuses %s', async (_label, patch, path, message) => {
    const { call, invoke } = await testBackend();
    const created = await call('cases.create', base);
    const result = await invoke('scoring.rate', { caseId: created.id, criterionId: hf1.criteria[0]!.id, ...patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path, message: expect.stringMatching(message) }] } });
  });

  it('keeps strengths, weaknesses and needs in order: add, edit, move, delete, and a summary', async () => {
    const { call } = await testBackend();
    const created = await call('cases.create', base);
    const add = (text: string, kind: 'staerke' | 'schwaeche' | 'handlungsbedarf' = 'staerke') => call('scoring.addItem', { caseId: created.id, fieldId: 'hf2', kind, text });
    await add('Viele Kita-Plätze');
    await add('Lange Öffnungszeiten');
    await add('Ferienbetreuung');
    let scoring = await add('Wenig Plätze U3', 'schwaeche');
    const texts = () => scoring.fields.find((field) => field.id === 'hf2')!.items.filter((item) => item.kind === 'staerke').map((item) => item.text);
    expect(texts()).toEqual(['Viele Kita-Plätze', 'Lange Öffnungszeiten', 'Ferienbetreuung']);
    const items = scoring.fields.find((field) => field.id === 'hf2')!.items;
    const idOf = (text: string) => items.find((item) => item.text === text)!.id;
    scoring = await call('scoring.moveItem', { caseId: created.id, itemId: idOf('Ferienbetreuung'), toPosition: 0 });
    expect(texts()).toEqual(['Ferienbetreuung', 'Viele Kita-Plätze', 'Lange Öffnungszeiten']);
    scoring = await call('scoring.updateItem', { caseId: created.id, itemId: idOf('Viele Kita-Plätze'), text: 'Sehr viele Kita-Plätze' });
    scoring = await call('scoring.deleteItem', { caseId: created.id, itemId: idOf('Lange Öffnungszeiten') });
    expect(texts()).toEqual(['Ferienbetreuung', 'Sehr viele Kita-Plätze']);
    expect(scoring.fields.find((field) => field.id === 'hf2')!.items.map((item) => [item.kind, item.position])).toEqual([
      ['schwaeche', 0],
      ['staerke', 0],
      ['staerke', 1],
    ]);
    scoring = await call('scoring.saveSummary', { caseId: created.id, fieldId: 'hf2', summary: 'Gute Betreuungslandschaft.' });
    expect(scoring.fields.find((field) => field.id === 'hf2')!.summary).toBe('Gute Betreuungslandschaft.');
  });

  it('compares a Re-Audit with the previous round and shows its strengths and weaknesses', async () => {
    const { call } = await testBackend();
    const first = await call('cases.create', base);
    await call('scoring.rate', { caseId: first.id, criterionId: hf1.criteria[0]!.id, value: 2 });
    await call('scoring.rate', { caseId: first.id, criterionId: hf2.criteria[0]!.id, value: 3 });
    await call('scoring.addItem', { caseId: first.id, fieldId: 'hf1', kind: 'schwaeche', text: 'Kein Familienbericht' });
    const second = await call('cases.create', { ...base, auditRound: 'reaudit', previousCaseId: first.id });
    await call('scoring.rate', { caseId: second.id, criterionId: hf1.criteria[0]!.id, value: 4 });
    await call('scoring.rate', { caseId: second.id, criterionId: hf2.criteria[0]!.id, value: 3 });
    const scoring = await call('scoring.get', { caseId: second.id });
    expect(scoring.previous).toMatchObject({ caseId: first.id, municipalityName: 'Musterstadt' });
    expect(scoring.previous!.fields.find((field) => field.id === 'hf1')!.weaknesses).toEqual(['Kein Familienbericht']);
    const byField = Object.fromEntries(scoring.comparison.map((row) => [row.fieldId, [row.previous, row.current, row.delta, row.trend]]));
    expect(byField.hf1).toEqual([50, 100, 50, 'besser']);
    expect(byField.hf2).toEqual([75, 75, 0, 'gleich']);
    expect(byField.hf3).toEqual([null, null, null, 'ohne Bewertung']);
  });
});
