import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { typedInvoke } from '../shared/contract/invoke';
import { measure, measurePair, summarize, type Measurement } from './bench-table';
import { succeedingCall } from './data/succeeding-call';
import { AppSession } from './interactions/app-session';

const WERKSTATT_IDEAS = 500;
const IMPORT_ROWS = 5000;
const FIELDS = ['HF1', 'HF2', 'HF3', 'HF4', 'HF5', 'HF6'];

/** A survey export as a German office saves it: semicolons, a text, a field code, a group and dots per row. */
function surveyCsv(rows: number): Buffer {
  const lines = ['Ihre Idee;Handlungsfeld;Ich bin;Punkte'];
  for (let index = 0; index < rows; index += 1) lines.push(`Idee Nummer ${index + 1} für mehr Familienfreundlichkeit im Ort;${FIELDS[index % FIELDS.length]};${index % 2 === 0 ? 'Bürger/innen' : 'Kinder und Jugendliche'};${index % 7}`);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const MAP = { text: 'Ihre Idee', field: 'Handlungsfeld', group: 'Ich bin', votes: 'Punkte' };

/** Until the pressed key's dot is stored and the focused idea shows it: the room sees every vote land. */
function armVoteTimer(expected: number): string {
  return `(() => {
    window.__voteSettled = new Promise((resolve, reject) => {
      let started = null;
      const onKey = (event) => { if (started === null) started = event.timeStamp; };
      document.addEventListener('keydown', onKey, true);
      const giveUp = setTimeout(() => reject(new Error('vote not shown within 30 s')), 30000);
      const done = () => document.activeElement?.querySelector('[data-testid=werkstatt-votes]')?.textContent === '${expected}' && document.querySelector('[data-testid=werkstatt-status]')?.textContent !== 'Speichert …';
      const check = () => {
        if (started !== null && done()) {
          document.removeEventListener('keydown', onKey, true);
          clearTimeout(giveUp);
          requestAnimationFrame(() => resolve(performance.now() - started));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })()`;
}

/** Werkstatt-Modus with 500 ideas (a vote, in the backend and as the projector shows it) and importing 5,000 contributions. */
export async function benchParticipation(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-participation-'));
  const rows: Measurement[] = [];
  try {
    const backend = await createBackend({ dataDir });
    const call = succeedingCall(typedInvoke(backend.dispatch));
    const caseId = (await call('cases.create', { municipalityName: 'Werkstattstadt', ags: '05711000', kind: 'kommune' })).id;
    const importCase = (await call('cases.create', { municipalityName: 'Umfragestadt', ags: '05711000', kind: 'kommune' })).id;
    await call('participation.applyIdeaImport', { caseId, fileName: 'werkstatt.csv', contentBase64: surveyCsv(WERKSTATT_IDEAS).toString('base64'), map: MAP });
    const store = await call('participation.ideas', { caseId });
    const target = store.ideas[0]!;
    const vote = await measure(40, () => call('participation.vote', { caseId, id: target.id, delta: 1 }));
    rows.push({ operation: `Werkstatt-Modus: einen Punkt speichern (Backend, ${WERKSTATT_IDEAS} Ideen)`, medianMs: vote.median, worstMs: vote.worst, budgetMs: 50, ratio: null, ratioBudget: null });

    const file = surveyCsv(IMPORT_ROWS);
    const contentBase64 = file.toString('base64');
    const imports: number[] = [];
    const pair = await measurePair(
      3,
      async () => {
        const start = performance.now();
        await call('participation.applyIdeaImport', { caseId: importCase, fileName: 'umfrage.csv', contentBase64, map: MAP });
        imports.push(performance.now() - start);
      },
      async () => parse(file.toString('utf8'), { delimiter: ';' }),
    );
    rows.push(
      { operation: `Ideen: csv-parse liest dieselbe Datei (roh, ${IMPORT_ROWS} Zeilen)`, medianMs: pair.raw.median, worstMs: pair.raw.worst, budgetMs: null, ratio: null, ratioBudget: null },
      { operation: `Ideen: ${IMPORT_ROWS} Beiträge aus CSV einlesen (prüfen und speichern)`, medianMs: pair.ours.median, worstMs: pair.ours.worst, budgetMs: 2000, ratio: pair.ours.median / pair.raw.median, ratioBudget: null },
    );
    await backend.close();

    const session = await AppSession.start(dataDir);
    try {
      await session.untimed((page) => page.goto(`${session.url}#/werkstatt/${caseId}`), (page) => page.getByTestId('werkstatt-idea'));
      const idea = session.page.getByTestId('werkstatt-idea').first();
      await idea.focus();
      const start = Number(await idea.getByTestId('werkstatt-votes').textContent());
      const times: number[] = [];
      for (let run = 1; run <= 21; run += 1) {
        await session.page.evaluate(armVoteTimer(start + run));
        await session.page.keyboard.press('+');
        const took = (await session.page.evaluate('window.__voteSettled')) as number;
        if (run > 1) times.push(took);
      }
      const shown = summarize(times);
      rows.push({ operation: `Werkstatt-Modus: Taste + bis der Punkt gespeichert und sichtbar ist (${WERKSTATT_IDEAS} Ideen)`, medianMs: shown.median, worstMs: shown.worst, budgetMs: 50, ratio: null, ratioBudget: null });
    } finally {
      await session.stop();
    }
    return rows;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
