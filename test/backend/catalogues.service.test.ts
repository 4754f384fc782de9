import { describe, expect, it } from 'vitest';
import { nextVersion, rawCatalogue } from '../helpers/catalogues';
import { testBackend } from '../helpers/backend';

const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;

const SHIPPED = nextVersion('audit') - 1;

function version2() {
  const catalogue = rawCatalogue('audit');
  catalogue.version = SHIPPED + 1;
  catalogue.questionnaire.sections[0].questions[0].text = 'Geänderte Frage in der nächsten Version';
  return catalogue;
}

describe('catalogues service', () => {
  it('installs the shipped catalogues on first start, once', async () => {
    const first = await testBackend();
    const list = await first.call('catalogues.list', {});
    expect(list.map((item) => [item.id, item.version, item.source, item.isLatest])).toEqual([
      ['audit-familiengerechte-kommune', 1, 'bundled', false],
      ['audit-familiengerechte-kommune', 2, 'bundled', false],
      ['audit-familiengerechte-kommune', 3, 'bundled', false],
      ['audit-familiengerechte-kommune', 4, 'bundled', true],
      ['bw-managementverfahren', 1, 'bundled', false],
      ['bw-managementverfahren', 2, 'bundled', false],
      ['bw-managementverfahren', 3, 'bundled', false],
      ['bw-managementverfahren', 4, 'bundled', true],
    ]);
    await first.backend.close();
    const again = await testBackend({ dataDir: first.dataDir });
    expect(await again.call('catalogues.list', {})).toEqual(list);
  });

  it('imports a new version; old cases stay pinned to theirs with their answers, new cases take the newest', async () => {
    const { call } = await testBackend();
    const before = await call('cases.create', base);
    const firstQuestion = rawCatalogue('audit').questionnaire.sections[0].questions[0];
    const answered = rawCatalogue('audit').questionnaire.sections[0].questions.find((q: { type: string }) => q.type === 'yesPartlyNo');
    await call('questionnaire.saveAnswer', { caseId: before.id, questionId: answered.id, value: 'teilweise' });

    const imported = await call('catalogues.import', { content: JSON.stringify(version2()) });
    expect(imported).toMatchObject({ status: 'installed', catalogue: { id: 'audit-familiengerechte-kommune', version: SHIPPED + 1, source: 'import', isLatest: true } });

    const after = await call('cases.create', { ...base, municipalityName: 'Neustadt', ags: '05711004' });
    expect([before.catalogueVersion, after.catalogueVersion]).toEqual([SHIPPED, SHIPPED + 1]);
    const oldQuestionnaire = await call('questionnaire.get', { caseId: before.id });
    const newQuestionnaire = await call('questionnaire.get', { caseId: after.id });
    expect(oldQuestionnaire.catalogue.sections[0]?.questions[0]?.text).toBe(firstQuestion.text);
    expect(oldQuestionnaire.answers.map((answer) => [answer.questionId, answer.value])).toEqual([[answered.id, 'teilweise']]);
    expect(newQuestionnaire.catalogue.sections[0]?.questions[0]?.text).toBe('Geänderte Frage in der nächsten Version');
    expect((await call('catalogues.list', {})).filter((item) => item.id === 'audit-familiengerechte-kommune').map((item) => [item.version, item.isLatest])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
  });

  it('treats the same file twice as unchanged and refuses a changed file under an installed version', async () => {
    const { call, invoke } = await testBackend();
    const content = JSON.stringify(version2());
    await call('catalogues.import', { content });
    expect((await call('catalogues.import', { content })).status).toBe('unchanged');
    const changed = version2();
    changed.name = 'Anders';
    expect(await invoke('catalogues.import', { content: JSON.stringify(changed) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/bereits mit anderem Inhalt installiert/) },
    });
    const shipped = rawCatalogue('audit');
    shipped.name = 'Überschrieben';
    expect(await invoke('catalogues.import', { content: JSON.stringify(shipped) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it.each([
    ['not JSON', '{ "id": ', /kein gültiges JSON/],
    ['not a catalogue', '{"hallo": "welt"}', /Der Katalog ist ungültig/],
    ['a catalogue with a broken reference', JSON.stringify({ ...version2(), auditSpan: { fromPhase: 'x', toPhase: 'y', maxMonths: 12 } }), /Die Phase „x“/],
  ])('refuses %s with a German message and installs nothing', async (_label, content, message) => {
    const { call, invoke } = await testBackend();
    const installed = await call('catalogues.list', {});
    const result = await invoke('catalogues.import', { content });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect(await call('catalogues.list', {})).toEqual(installed);
  });
});
