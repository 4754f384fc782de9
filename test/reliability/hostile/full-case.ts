import type { TestBackend } from '../../helpers/backend';
import { completeCase } from '../../helpers/complete-case';
import { base64, editWorkbook, exportTemplate, setAnswer } from '../../helpers/workbooks';

const newCase = (name: string, ags: string) => ({ municipalityName: name, ags, kind: 'kommune' as const, bundesland: '05' as const });

/** A complete case with a yearly report, so that every table of a case has rows. */
export async function fullCase(laptop: TestBackend, name: string, ags: string): Promise<string> {
  const caseId = (await laptop.call('cases.create', newCase(name, ags))).id;
  await completeCase(laptop, caseId);
  const questionnaire = await laptop.call('questionnaire.get', { caseId });
  const text = questionnaire.catalogue.sections.flatMap((section) => section.questions).find((question) => question.type === 'shortText' || question.type === 'longText')!;
  const returned = await editWorkbook(await exportTemplate(laptop, caseId), (workbook) => setAnswer(workbook, text.id, 'Freitext der Rathaus-Antwort'));
  await laptop.call('questionnaire.applyImport', { caseId, fileName: 'ruecklauf.xlsx', contentBase64: base64(returned), overwrite: 'all' });
  const scoring = await laptop.call('scoring.get', { caseId });
  await laptop.call('scoring.addItem', { caseId, fieldId: scoring.fields[0]!.id, kind: 'schwaeche', text: 'Zu wenig Plätze' });
  const agreement = await laptop.call('goals.get', { caseId });
  const measures = agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
  await laptop.call('goals.saveReport', { caseId, year: 1, reportDate: '2026-06-01', comment: 'Erstes Jahr', entries: measures.map((measure) => ({ measureId: measure.id, status: 'begonnen' as const, comment: '' })) });
  await laptop.call('participation.saveEvent', { caseId, event: { formatId: 'strategie', heldOn: '2026-02-01', participants: { verwaltung: 6 }, organisations: [{ organisation: 'Rathaus', role: 'Leitung' }], priorityFields: [scoring.fields[0]!.id], protocol: 'Ergebnis:\n- Schwerpunkt gewählt' } });
  await laptop.call('participation.saveMember', { caseId, member: { name: 'Anna Beispiel', group: 'verwaltung', role: 'Projektleitung' } });
  await laptop.call('certification.decide', { caseId, override: null, conditions: ['Bericht nachreichen'], certificateDate: null });
  return caseId;
}

