import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validValue } from '../helpers/complete-case';
import { shippedCatalogue } from '../helpers/catalogues';
import { termsOf } from '../../shared/catalogue/terminology';
import { editWorkbook, setAnswer } from '../helpers/workbooks';
import { expect, test } from './fixtures';
import { printedReportProblems } from './report-layout';
import { zipEntryText } from '../helpers/zip-entry';

/** The cycle's dates, all in the past and in the order the procedure needs. */
const RESOLUTION_PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');
const DATES = { mandate: '05.01.2026', resolution: '02.03.2026', certificate: '16.03.2026', reports: ['01.04.2026', '04.05.2026', '01.06.2026'] };
/** Planned and actual dates of the phases between the mandate and the resolution, as the auditor enters them. */
const ANALYSIS_PHASE_DATES = [
  ['02.02.2026', '13.02.2026'],
  ['16.02.2026', '20.02.2026'],
  ['23.02.2026', '25.02.2026'],
  ['26.02.2026', '27.02.2026'],
] as const;

async function datePhase(page: Page, key: string, [start, end]: readonly [string, string], planned: boolean) {
  await page.getByTestId(`edit-phase-${key}`).click();
  const editor = page.getByTestId(`phase-editor-${key}`);
  if (planned) {
    await editor.getByTestId('phase-planned-start').fill(start);
    await editor.getByTestId('phase-planned-end').fill(end);
  }
  await editor.getByTestId('phase-actual-start').fill(start);
  await editor.getByTestId('phase-actual-end').fill(end);
  await editor.getByTestId('phase-save').click();
  await expect(editor).toHaveCount(0);
}

async function addMeasure(page: Page, goalNumber: string, title: string) {
  const goal = page.getByTestId(`goal-${goalNumber}`);
  await goal.getByTestId('new-measure').click();
  const editor = goal.getByTestId('measure-editor');
  await editor.getByTestId('measure-title').fill(title);
  await editor.getByTestId('measure-responsibleUnit').fill('Rathaus');
  await editor.getByTestId('measure-start').fill('04/2026');
  await editor.getByTestId('measure-end').fill('12/2027');
  await editor.getByTestId('measure-budget').fill('5.000');
  await editor.getByTestId('measure-title').press('Enter');
  await expect(goal.getByTestId('measure-editor')).toHaveCount(0);
}

for (const which of ['audit', 'bw'] as const) {
  const catalogue = shippedCatalogue(which);
  const required = catalogue.questionnaire.sections.filter((section) => section.fieldId).flatMap((section) => section.questions).filter((question) => question.required);
  const populationQuestion = required.find((question) => question.caseField === 'population')!;
  const milestones = catalogue.milestones!;
  const deadlines = catalogue.certification.criteria.find((criterion) => criterion.checks?.includes('fristen'))!;

  test(`the whole cycle of ${catalogue.name}: mandate to certificate, three yearly reports, and the Re-Audit built on it`, async ({ page, openApp }) => {
    test.setTimeout(180_000);
    await openApp();
    await page.getByTestId('new-case').click();
    await page.getByTestId('field-catalogue').selectOption(catalogue.id);
    await page.getByTestId('field-name').fill('Kreislaufstadt');
    await page.getByTestId('field-ags').fill('05711000');
    await page.getByTestId('field-population').fill(String(validValue(populationQuestion)));
    await page.getByTestId('save-case').click();
    await expect(page.getByTestId('case-title')).toHaveText('Kreislaufstadt');
    const caseUrl = page.url();

    // Mandate and analysis: the phases up to the resolution dated by the auditor; the later ones follow the recorded facts.
    await datePhase(page, catalogue.phases[0]!.key, [DATES.mandate, '30.01.2026'], false);
    const analysisPhases = catalogue.phases.slice(1, catalogue.phases.findIndex((phase) => phase.key === milestones.resolutionPhase));
    expect(analysisPhases.length).toBeLessThanOrEqual(ANALYSIS_PHASE_DATES.length);
    for (const [index, phase] of analysisPhases.entries()) await datePhase(page, phase.key, ANALYSIS_PHASE_DATES[index]!, true);

    // IST-Analyse: the population comes from the case data; the Rathaus returns the template with every required question answered.
    await page.getByTestId('open-questionnaire').click();
    await expect(page.getByTestId(`case-data-${populationQuestion.id}`)).toContainText('Aus den Falldaten');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-template').click();
    const template = readFileSync((await (await download).path())!);
    const filled = await editWorkbook(template, (workbook) => {
      for (const question of required) {
        const value = validValue(question);
        const option = (id: string) => ('options' in question ? question.options.find((candidate) => candidate.id === id)!.label : id);
        setAnswer(workbook, question.id, Array.isArray(value) ? value.map(option).join('; ') : typeof value === 'string' && question.type !== 'date' ? option(value) : question.type === 'date' ? '01.01.2025' : value);
      }
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'rathaus.xlsx', mimeType: 'application/octet-stream', buffer: filled });
    await expect(page.getByTestId('apply-import')).toBeEnabled();
    await page.getByTestId('apply-import').click();
    // The population was already there from the case data: the Rathaus's equal value changes nothing.
    await expect(page.getByTestId('exchange-message')).toContainText(`${required.length - 1} Antworten`);

    // Stärken/Schwächen: one criterion per field.
    await page.goto(caseUrl);
    await page.getByTestId('open-scoring').click();
    for (const field of catalogue.scoring.fields) {
      await page.getByTestId(`scoring-field-${field.fieldId}`).click();
      await page.getByTestId(`rate-${field.criteria[0]!.id}-3`).check();
      await expect(page.getByTestId('field-score')).not.toHaveText('–');
    }

    // Beteiligung: an event of every required format and of the first citizens' format, through the form; an idea in the Werkstatt-Modus.
    await page.goto(caseUrl);
    await page.getByTestId('open-participation').click();
    const citizens = catalogue.participation.formats.find((format) => format.citizens)!;
    for (const format of catalogue.participation.formats.filter((candidate) => candidate.required || candidate === citizens)) {
      await page.getByTestId('event-add').click();
      const form = page.getByTestId('event-form');
      await form.getByTestId('event-format').selectOption(format.id);
      await form.getByTestId('event-date').fill('20.02.2026');
      await form.getByTestId(format.citizens ? 'event-count-buerger' : 'event-count-verwaltung').fill('25');
      await form.getByTestId('event-protocol').fill('Ergebnisse:\n- Ideen gesammelt');
      await form.getByTestId('event-save').click();
      await expect(page.getByTestId('event-form')).toHaveCount(0);
    }
    await expect(page.getByTestId('missing-formats')).toHaveCount(0);
    await page.getByTestId('open-werkstatt').click();
    const firstField = catalogue.fields[0]!;
    const ideaInput = page.getByLabel(`Neue Idee für ${firstField.code} ${firstField.name}`);
    await ideaInput.fill('Familienbüro im Rathaus');
    await ideaInput.press('Enter');
    await expect(page.getByTestId('werkstatt-status')).toHaveText('Gespeichert: „Familienbüro im Rathaus“');
    await page.getByTestId('werkstatt-close').click();
    await page.screenshot({ path: test.info().outputPath('0-beteiligung.png'), fullPage: true });

    // Zielvereinbarung: a strategic goal, a goal and a measure per field, then the resolution.
    await page.goto(caseUrl);
    await page.getByTestId('open-goals').click();
    for (const [index, field] of catalogue.fields.entries()) {
      await page.getByTestId(`new-strategic-${field.id}-input`).fill(`Strategie ${field.code}`);
      await page.getByTestId(`new-strategic-${field.id}-add`).click();
      await page.getByTestId(`new-goal-${index + 1}.A-input`).fill(`Ziel ${field.code}`);
      await page.getByTestId(`new-goal-${index + 1}.A-add`).click();
      await addMeasure(page, `${index + 1}.1`, `Maßnahme ${field.code}`);
    }
    // The workshop's idea is what the first field's measure carries out.
    await page.goto(caseUrl);
    await page.getByTestId('open-participation').click();
    const ideaRow = page.getByTestId('idea-row').filter({ hasText: 'Familienbüro im Rathaus' });
    await ideaRow.getByTestId('idea-make-measure').click();
    await ideaRow.getByTestId('idea-target').selectOption({ label: `1.1.1 Maßnahme ${firstField.code}` });
    await ideaRow.getByTestId('idea-to-measure-save').click();
    await expect(ideaRow.getByTestId('idea-measure')).toHaveText(`1.1.1 Maßnahme ${firstField.code}`);
    await page.goto(caseUrl);
    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('measure-ideas')).toHaveText('Aus der Beteiligung: „Familienbüro im Rathaus“');
    await page.getByTestId('adopt-date').fill(DATES.resolution);
    await page.getByTestId('adopt-drucksache').fill('DS 2026/100');
    await page.getByTestId('adopt').click();
    await page.getByTestId('adopt-confirm-yes').click();
    await expect(page.getByTestId('adopted-info')).toContainText('DS 2026/100');
    // The resolution without its document fails the formal check; the auditor attaches the PDF at the resolution.
    await page.goto(caseUrl);
    await page.getByTestId('open-certification').click();
    await expect(page.getByTestId('formal-checks').locator('li.failed')).toHaveCount(1);
    await expect(page.getByTestId('check-beschluss-dokument')).toContainText('Es ist kein Dokument des Beschlusses angehängt.');
    await page.goto(caseUrl);
    await page.getByTestId('open-goals').click();
    const resolutionClip = page.getByTestId('evidence-clip-resolution:agreement');
    await resolutionClip.getByTestId('evidence-clip-toggle').click();
    await resolutionClip.getByTestId('evidence-clip-file').setInputFiles({ name: 'beschluss-ds-2026-100.pdf', mimeType: 'application/pdf', buffer: RESOLUTION_PDF });
    await expect(resolutionClip.getByTestId('evidence-clip-count')).toHaveText('1');
    await page.goto(caseUrl);
    const mandateClip = page.getByTestId('evidence-clip-resolution:mandate');
    await mandateClip.getByTestId('evidence-clip-toggle').click();
    await mandateClip.getByTestId('evidence-clip-file').setInputFiles({ name: 'auftrag.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([RESOLUTION_PDF, Buffer.from('%% Auftrag\n', 'latin1')]) });
    await expect(mandateClip.getByTestId('evidence-clip-count')).toHaveText('1');
    await page.screenshot({ path: test.info().outputPath('zeitplan-mandat-nachweis.png'), fullPage: true });
    await expect(page.getByTestId(`phase-${milestones.resolutionPhase}`).getByTestId('phase-state')).toHaveText('Abgeschlossen');
    await expect(page.getByTestId('current-phase')).toContainText(catalogue.phases.find((phase) => phase.key === catalogue.certificate.phase)!.name);

    // Begutachtung: every criterion fulfilled, the certificate dated, the round finalised.
    await page.goto(caseUrl);
    await page.getByTestId('open-certification').click();
    await expect(page.getByTestId('formal-checks').locator('li.failed')).toHaveCount(0);
    for (const criterion of catalogue.certification.criteria) await page.getByTestId(`cert-${criterion.id}-erfuellt`).check();
    // A rating against the computed check waits for its reason, then shows as a justified contradiction.
    await expect(page.getByTestId(`cert-${deadlines.id}-proposal`)).toContainText('erfüllt');
    await page.getByTestId(`cert-${deadlines.id}-teilweise`).check();
    await expect(page.getByTestId(`cert-${deadlines.id}-needs-reason`)).toBeVisible();
    await page.getByTestId(`cert-${deadlines.id}-justification`).fill('Die Beteiligung begann später als geplant.');
    await page.getByTestId(`cert-${deadlines.id}-justification`).blur();
    await expect(page.getByTestId(`cert-${deadlines.id}-deviation`)).toContainText('Die Abweichung ist begründet.');
    await page.getByTestId(`cert-${deadlines.id}`).screenshot({ path: test.info().outputPath('0-abweichung.png') });
    await page.getByTestId(`cert-${deadlines.id}-take-proposal`).click();
    await expect(page.getByTestId(`cert-${deadlines.id}-deviation`)).toHaveCount(0);
    await expect(page.getByTestId('recommendation')).toContainText(`${termsOf(catalogue).certificate} erteilen`);
    await page.getByTestId('certificate-date').fill(DATES.certificate);
    await page.getByTestId('finalize').click();
    await page.getByTestId('confirm-yes').click();
    await expect(page.getByTestId('finalized-info')).toContainText('gültig bis 16.03.2029');
    await page.screenshot({ path: test.info().outputPath('1-zertifiziert.png') });

    // Umsetzung: three yearly reports after the certificate.
    await page.goto(caseUrl);
    await page.getByTestId('open-goals').click();
    for (const [index, date] of DATES.reports.entries()) {
      await page.getByTestId('report-year').selectOption(String(index + 1));
      await page.getByTestId('report-date').fill(date);
      if (index === 2) await page.getByTestId('report-status-1.1.1').selectOption('umgesetzt');
      await page.getByTestId('report-save').click();
      await expect(page.getByTestId('report-message')).toHaveText(`Jahresbericht ${index + 1} gespeichert.`);
    }

    // Re-Audit: pre-filled, the comparison per field, the open measures carried over, both rounds in the report.
    await page.goto(caseUrl);
    await page.screenshot({ path: test.info().outputPath('2-fall-nach-berichten.png') });
    // The council's document, from the certified round with its reports: the procedure's name, the round's measures, a numbered version.
    const conceptName = which === 'audit' ? 'Strategiekonzept' : 'Handlungskonzept';
    const conceptDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: `${conceptName} (Word)` }).click();
    const concept = await conceptDownload;
    expect(concept.suggestedFilename()).toMatch(new RegExp(`^${conceptName}_.+_Fassung-1_\\d{4}-\\d\\d-\\d\\d\\.docx$`));
    const conceptXml = await zipEntryText((await concept.path())!, 'word/document.xml');
    for (const field of catalogue.fields) expect(conceptXml).toContain(`Maßnahme ${field.code}`);
    expect(conceptXml).toContain('Jahresberichte');
    await expect(page.getByTestId('export-concept')).toBeEnabled();
    await expect(page.getByTestId('certificate-valid-until')).toHaveText(`${termsOf(catalogue).certificate} gültig bis 16.03.2029`);
    // The timeline followed the facts: certificate and yearly reports closed their phases, nothing is overdue.
    await expect(page.getByTestId(`phase-${catalogue.certificate.phase}`)).toContainText('02.03.2026 bis 16.03.2026');
    await expect(page.getByTestId(`phase-${milestones.reportsPhase}`)).toContainText('16.03.2026 bis 01.06.2026');
    await expect(page.getByTestId('current-phase')).toHaveText(milestones.reauditPhase ? new RegExp(catalogue.phases.find((phase) => phase.key === milestones.reauditPhase)!.name.replace(/[/()]/g, '.')) : /Alle Phasen abgeschlossen/);
    await expect(page.getByTestId('timeline').getByText('Überfällig')).toHaveCount(0);
    await expect(page.getByTestId('timeline-gaps')).toHaveCount(0);
    for (const phase of catalogue.phases.filter((candidate) => candidate.key !== milestones.reauditPhase)) {
      await expect(page.getByTestId(`phase-${phase.key}`).getByTestId('phase-state')).toHaveText('Abgeschlossen');
    }
    await page.getByTestId('create-reaudit').click();
    await expect(page.getByTestId('field-previous')).not.toHaveValue('');
    await page.getByTestId('save-case').click();
    await expect(page.getByText(`${termsOf(catalogue).nextRound} (Vorgänger: Kreislaufstadt`)).toBeVisible();
    await page.getByTestId('open-scoring').click();
    await expect(page.locator('.subtitle')).toContainText('Vorrunde');
    await page.goBack();
    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('previous-goals')).toContainText(`1 von ${catalogue.fields.length} Maßnahmen umgesetzt (Stand: Jahresbericht 3)`);
    for (const checkbox of await page.getByTestId('previous-goals').getByRole('checkbox').all()) await checkbox.check();
    await page.getByTestId('carry-over').click();
    await expect(page.getByTestId('goals-totals')).toContainText(`${catalogue.fields.length - 1} Maßnahmen`);
    await page.goBack();
    await page.getByTestId('open-report').click();
    await expect(page.getByTestId('report-scoring')).toContainText('Vorrunde (Kreislaufstadt');
    await expect(page.getByTestId('report-previous-round')).toContainText(`1 von ${catalogue.fields.length} Maßnahmen der Vorrunde umgesetzt (Stand: Jahresbericht 3)`);
    // The comparison's extra columns still fit the printed page without breaking a word.
    expect(await printedReportProblems(page)).toEqual({ clippedTables: 0, brokenWords: [] });
  });
}
