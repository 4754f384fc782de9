import { addMonths, formatGermanDate, localToday } from '../../shared/domain/dates';
import { createCase, expect, test } from './fixtures';

test('the timeline shows the current phase and warns when the Beteiligungsphase overruns', async ({ page, openApp }) => {
  const today = localToday();
  await openApp();
  await createCase(page, { name: 'Zeitstadt', ags: '06412000' });

  const start = page.getByTestId('phase-start-mandat');
  await start.getByTestId('edit-phase-start-mandat').click();
  await start.getByTestId('phase-actual-start').fill(formatGermanDate(addMonths(today, -8)));
  await start.getByTestId('phase-actual-end').fill(formatGermanDate(addMonths(today, -7)));
  await start.getByTestId('phase-save').click();
  await expect(start.getByTestId('phase-state')).toHaveText('Abgeschlossen');

  const participation = page.getByTestId('phase-beteiligung');
  await participation.getByTestId('edit-phase-beteiligung').click();
  await participation.getByTestId('phase-actual-start').fill(formatGermanDate(addMonths(today, -5)));
  await participation.getByTestId('phase-save').click();

  await expect(participation.getByTestId('phase-state')).toHaveText('Läuft');
  await expect(page.getByTestId('current-phase')).toContainText('Beteiligungsphase');
  await expect(participation.getByTestId('phase-warning')).toHaveText(
    '⚠ Beteiligungsphase dauert bereits 5 Monate – vorgesehen sind höchstens 3 Monate.',
  );
  await expect(page.getByTestId('timeline-warnings')).toContainText('Beteiligungsphase dauert bereits 5 Monate');

  await page.reload();
  await expect(page.getByTestId('phase-beteiligung').getByTestId('phase-warning')).toBeVisible();
});

test('impossible phase dates get a German message and are not saved', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Datumsdorf', ags: '07131001' });
  const phase = page.getByTestId('phase-ist-analyse');
  await phase.getByTestId('edit-phase-ist-analyse').click();
  await phase.getByTestId('phase-planned-start').fill('31.02.2026');
  await phase.getByTestId('phase-planned-end').fill('März');
  await phase.getByTestId('phase-save').click();
  await expect(phase.getByText('Den 31.02.2026 gibt es nicht im Kalender.')).toBeVisible();
  await expect(phase.getByText('Bitte ein Datum im Format TT.MM.JJJJ eingeben, z. B. 15.03.2025.')).toBeVisible();

  await phase.getByTestId('phase-planned-start').fill('');
  await phase.getByTestId('phase-planned-end').fill('');
  await phase.getByTestId('phase-actual-start').fill('10.05.2026');
  await phase.getByTestId('phase-actual-end').fill('01.04.2026');
  await phase.getByTestId('phase-save').click();
  await expect(phase.getByText('Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.')).toBeVisible();
  await expect(phase.getByTestId('phase-actual-start')).toHaveValue('10.05.2026');
  await expect(phase.getByTestId('phase-state')).toHaveText('Offen');

  await phase.getByTestId('phase-actual-end').fill('1.6.2026');
  await phase.getByTestId('phase-save').click();
  await expect(phase.getByTestId('phase-state')).toHaveText('Abgeschlossen');
  await expect(phase).toContainText('10.05.2026 bis 01.06.2026');
});

test('opening a second phase’s editor keeps what was typed in the first', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zweifeld', ags: '07131001' });
  const analysis = page.getByTestId('phase-ist-analyse');
  await analysis.getByTestId('edit-phase-ist-analyse').click();
  await analysis.getByTestId('phase-planned-start').fill('01.03.2026');
  const participation = page.getByTestId('phase-beteiligung');
  await participation.getByTestId('edit-phase-beteiligung').click();
  await participation.getByTestId('phase-planned-start').fill('01.06.2026');
  await expect(analysis.getByTestId('phase-planned-start')).toHaveValue('01.03.2026');
  await analysis.getByTestId('phase-save').click();
  await expect(analysis).toContainText('01.03.2026 bis');
  await expect(participation.getByTestId('phase-planned-start')).toHaveValue('01.06.2026');
});
