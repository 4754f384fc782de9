import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';

const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;

describe('certification service', () => {
  it('a fresh case fails the computed checks and is not recommended', async () => {
    const { call } = await testBackend();
    const caseId = (await call('cases.create', base)).id;
    const assessment = await call('certification.get', { caseId });
    expect(assessment.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual([
      // Without any goal the goal checks fail too: an empty premise is no pass.
      'ratsbeschluss', 'felder-abgedeckt', 'ziele-mit-massnahmen', 'massnahmen-vollstaendig', 'fragebogen-vollstaendig', 'staerken-schwaechen', 'beschluss-dokument', 'beteiligung-buerger',
    ]);
    expect(assessment.recommendation).toBe('noch_nicht_erteilen');
    expect(assessment.criteria.length).toBeGreaterThan(10);
  });

  it('a complete case with every criterion fulfilled is recommended; finalising freezes the round and dates the certificate', async () => {
    const backend = await testBackend();
    const { call, invoke } = backend;
    const caseId = (await call('cases.create', base)).id;
    await completeCase(backend, caseId);
    let assessment = await call('certification.get', { caseId });
    expect(assessment.checks.filter((check) => !check.passed)).toEqual([]);
    for (const criterion of assessment.criteria) assessment = await call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'belegt' });
    expect(assessment.recommendation).toBe('erteilen');

    expect(await invoke('certification.finalize', { caseId })).toMatchObject({ ok: false, error: { issues: [{ path: 'certificateDate' }] } });
    await call('certification.decide', { caseId, certificateDate: '2026-06-01' });
    const finalized = await call('certification.finalize', { caseId });
    expect(finalized).toMatchObject({ editable: false, certificate: { date: '2026-06-01', validUntil: '2029-06-01' } });
    expect(finalized.finalizedAt).not.toBeNull();

    const frozen = await invoke('questionnaire.saveAnswer', { caseId, questionId: (await call('questionnaire.get', { caseId })).catalogue.sections[0]!.questions[0]!.id, value: null });
    expect(frozen).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Der Fragebogen ist eingefroren, weil die Begutachtung abgeschlossen ist/) } });
    expect(await invoke('scoring.rate', { caseId, criterionId: (await call('scoring.get', { caseId })).fields[0]!.criteria[1]!.id, value: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await invoke('certification.rate', { caseId, criterionId: assessment.criteria[0]!.id, rating: 'teilweise', justification: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const detail = await call('cases.get', { id: caseId });
    expect(detail.phases.find((phase) => phase.key === 'zertifizierung')).toMatchObject({ actualEnd: '2026-06-01', state: 'abgeschlossen' });
    expect(detail.certificateValidUntil).toBe('2029-06-01');

    expect(await invoke('certification.reopen', { caseId, reason: 'kurz' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const reopened = await call('certification.reopen', { caseId, reason: 'Nachreichung des Familienberichts' });
    expect(reopened).toMatchObject({ editable: true, finalizedAt: null, reopenings: [{ reason: 'Nachreichung des Familienberichts' }] });
    await call('certification.rate', { caseId, criterionId: assessment.criteria[0]!.id, rating: 'teilweise', justification: 'nachgereicht, aber lückenhaft' });
  }, 60_000);

  it('grants with conditions for partly fulfilled criteria and requires conditions before finalising', async () => {
    const backend = await testBackend();
    const { call, invoke } = backend;
    const caseId = (await call('cases.create', base)).id;
    await completeCase(backend, caseId);
    let assessment = await call('certification.get', { caseId });
    for (const [index, criterion] of assessment.criteria.entries()) {
      assessment = await call('certification.rate', { caseId, criterionId: criterion.id, rating: index === 0 ? 'teilweise' : 'erfuellt', justification: '' });
    }
    expect(assessment.recommendation).toBe('erteilen_mit_auflagen');
    expect(assessment.computed.suggestedConditions).toEqual([`Vollständig erfüllen: ${assessment.criteria[0]!.text}`]);
    await call('certification.decide', { caseId, certificateDate: '2026-06-01' });
    expect(await invoke('certification.finalize', { caseId })).toMatchObject({ ok: false, error: { issues: [{ path: 'conditions' }] } });
    await call('certification.decide', { caseId, certificateDate: '2026-06-01', conditions: assessment.computed.suggestedConditions });
    expect((await call('certification.finalize', { caseId })).conditions).toHaveLength(1);
  }, 60_000);

  it('asks for the resolution as a document from the edition that links the check, and follows the documents attached to it', async () => {
    const backend = await testBackend();
    const { call } = backend;
    const caseId = (await call('cases.create', base)).id;
    await completeCase(backend, caseId);
    const check = async () => (await call('certification.get', { caseId })).checks.find((entry) => entry.id === 'beschluss-dokument');
    expect(await check()).toMatchObject({ passed: true, details: [] });
    const attached = (await call('evidence.list', { caseId })).documents.filter((document) => document.places.some((place) => place.place === 'resolution:agreement'));
    expect(attached).toHaveLength(1);
    // Attached to the case only, it is no document of the resolution.
    await call('evidence.link', { documentId: attached[0]!.id, place: 'case' });
    await call('evidence.unlink', { documentId: attached[0]!.id, place: 'resolution:agreement' });
    expect(await check()).toMatchObject({ passed: false, fix: 'goals', details: [{ text: 'Ratsbeschluss: Es ist kein Dokument des Beschlusses angehängt.', target: { element: 'beschluss' } }] });
    const assessment = await call('certification.get', { caseId });
    const resolutionCriterion = assessment.criteria.find((criterion) => criterion.checks.includes('beschluss-dokument'))!;
    expect(resolutionCriterion).toMatchObject({ category: 'formal', proposedRating: 'nicht_erfuellt' });
    await call('evidence.link', { documentId: attached[0]!.id, place: 'resolution:agreement' });
    expect(await check()).toMatchObject({ passed: true });

    // A round pinned to the edition before knows no such check.
    backend.backend.database.sqlite.prepare('UPDATE cases SET catalogue_version = 3 WHERE id = ?').run(caseId);
    await call('evidence.unlink', { documentId: attached[0]!.id, place: 'resolution:agreement' });
    expect((await call('certification.get', { caseId })).checks.map((entry) => entry.id)).not.toContain('beschluss-dokument');
  });

  it('an override of the recommendation needs a written reason', async () => {
    const { call, invoke } = await testBackend();
    const caseId = (await call('cases.create', base)).id;
    expect(await invoke('certification.decide', { caseId, override: { recommendation: 'erteilen', reason: 'passt' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'override.reason' }] },
    });
    const decided = await call('certification.decide', { caseId, override: { recommendation: 'erteilen_mit_auflagen', reason: 'Ratsbeschluss ist für nächste Woche terminiert.' } });
    expect(decided).toMatchObject({ recommendation: 'erteilen_mit_auflagen', computed: { recommendation: 'noch_nicht_erteilen' } });
    expect(await invoke('certification.finalize', { caseId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/ohne Bewertung/) } });
  });
});
