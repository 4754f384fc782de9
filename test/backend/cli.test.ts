import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextVersion, rawCatalogue } from '../helpers/catalogues';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { zipEntryText } from '../helpers/zip-entry';
import { corruptTable } from '../helpers/corrupt';
import { databaseFile } from '../../electron/backend/data-dir';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  it('names the person for the change log, and refuses a name too short', () => {
    const dir = tempDir();
    expect(JSON.parse(cli(['--data-dir', dir, 'settings', 'show']).stdout)).toEqual({ userName: null });
    const refused = cli(['--data-dir', dir, 'settings', 'set-name', 'X']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Bitte Ihren Namen angeben (mindestens 2 Zeichen).');
    expect(cli(['--data-dir', dir, 'settings', 'set-name', 'Dr. Maria Muster']).code).toBe(0);
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'Namensdorf', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const log = new BetterSqlite3(databaseFile(dir), { readonly: true });
    try {
      expect(log.prepare('SELECT DISTINCT user_profile FROM change_log WHERE case_id = ?').all(created.id)).toEqual([{ user_profile: 'Dr. Maria Muster' }]);
    } finally {
      log.close();
    }
  }, 60_000);

  it('speaks a Managementverfahren case’s own words in its human output', () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create-example', '--catalogue', 'bw-managementverfahren', '--name', 'Wortstadt']);
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const shown = cli(['--data-dir', dir, 'cases', 'show', id]);
    const goals = cli(['--data-dir', dir, 'goals', 'show', '--case', id]);
    const listed = cli(['--data-dir', dir, 'cases', 'list']);
    expect(shown.stdout).toMatch(/^Wortstadt \(Kommune, AGS \d{8}\)\nIntegriertes Managementverfahren .* · Erstverfahren\nProzessbegleitung: .+\nQualitätssiegel gültig bis \d\d\.\d\d\.\d{4}\n/);
    expect(shown.stdout).toMatch(/: (Abgeschlossen|Läuft|Offen)\n/);
    expect(goals.stdout).toMatch(/^Handlungskonzept – Wortstadt: Gemeinderatsbeschluss vom \d\d\.\d\d\.\d{4}, Drucksache /);
    expect(listed.stdout).toContain('Wortstadt (Erstverfahren)');
    const audit = /Zertifikat|Zielvereinbarung|Auditor|Erstaudit|Re-Audit|IST-Analyse/;
    expect([shown.stdout, goals.stdout, listed.stdout].join('\n').split('\n').filter((line) => audit.test(line))).toEqual([]);
  }, 60_000);

  it('creates, lists and shows cases as JSON', () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create', '--name', 'Musterstadt', '--ags', '05711000', '--kind', 'kommune']);
    expect(created.code, created.stderr).toBe(0);
    const { id, municipalityName } = JSON.parse(created.stdout) as { id: string; municipalityName: string };
    expect(municipalityName).toBe('Musterstadt');

    const listed = cli(['--data-dir', dir, 'cases', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((item) => item.id)).toEqual([id]);

    const shown = cli(['cases', 'show', id, '--json'], { FAMILIENAUDIT_DATA_DIR: dir });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, ags: '05711000', phases: expect.any(Array) });
  }, 60_000);

  it.each([
    { args: ['cases', 'create', '--name', 'X', '--ags', '123', '--kind', 'kommune'], stderr: /Der AGS besteht aus genau 8 Ziffern/ },
    { args: ['cases', 'create', '--name', 'X'], stderr: /required option '--ags <ags>'[\s\S]*Usage: familienaudit cases create/ },
    { args: ['cases', 'create', '--name', 'X', '--ags', '05711000', '--kind', 'dorf'], stderr: /Allowed choices are kommune, kreis/ },
    { args: ['cases', 'show', '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50'], stderr: /Der Auditfall wurde nicht gefunden/ },
    { args: ['unbekannt'], stderr: /unknown command 'unbekannt'/ },
  ])('refuses $args with exit code 2 and a message on stderr', ({ args, stderr }) => {
    const result = cli(['--data-dir', tempDir(), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
  }, 60_000);
});

describe('cli catalog and questionnaire', () => {
  it('lists catalogues, imports a new version, and refuses a broken file with exit code 2', () => {
    const dir = tempDir();
    const listed = cli(['--data-dir', dir, 'catalogues', 'list', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { id: string; version: number }[]).map((item) => `${item.id}@${item.version}`)).toEqual([
      'audit-familiengerechte-kommune@1',
      'audit-familiengerechte-kommune@2',
      'audit-familiengerechte-kommune@3',
      'audit-familiengerechte-kommune@4',
      'bw-managementverfahren@1',
      'bw-managementverfahren@2',
      'bw-managementverfahren@3',
      'bw-managementverfahren@4',
    ]);

    const next = rawCatalogue('bw');
    next.version = nextVersion('bw');
    const file = join(dir, 'bw-next.json');
    writeFileSync(file, JSON.stringify(next));
    const imported = cli(['--data-dir', dir, 'catalogues', 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ status: 'installed', catalogue: { id: 'bw-managementverfahren', version: nextVersion('bw') } });

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...next, version: nextVersion('bw') + 1, fields: [] }));
    const refused = cli(['--data-dir', dir, 'catalogues', 'import', broken]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Der Katalog ist ungültig/);
    expect(cli(['--data-dir', dir, 'catalog', 'import', join(dir, 'fehlt.json')]).stderr).toMatch(/kann nicht gelesen werden/);
  }, 60_000);

  it('prints a case’s answers as JSON', () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const answers = cli(['--data-dir', dir, 'questionnaire', 'answers', '--case', created.id, '--json']);
    expect(answers.code, answers.stderr).toBe(0);
    expect(JSON.parse(answers.stdout)).toEqual([]);
  }, 60_000);
});

describe('cli questionnaire template and import', () => {
  it('writes the template, imports it filled (dry run first), and reports conflicts, errors and exit codes', () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const template = join(dir, 'vorlage.xlsx');
    const written = cli(['--data-dir', dir, 'questionnaire', 'template', '--case', created.id, '--out', template]);
    expect(written.code, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ file: template, bytes: expect.any(Number) });

    const filled = join(dir, 'ausgefuellt.xlsx');
    const fill = spawnSync('/usr/bin/python3', ['test/fixtures/fill-with-openpyxl.py', template, filled, 'hf1.einwohnerzahl=52.300'], { encoding: 'utf8' });
    expect(fill.status, fill.stderr).toBe(0);

    const dry = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, filled, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, written: false, applied: 1, new: 1, unchanged: 0, conflicts: [], errors: [] });
    expect(JSON.parse(cli(['--data-dir', dir, 'questionnaire', 'answers', '--case', created.id, '--json']).stdout)).toEqual([]);

    const real = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, filled]);
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ written: true, applied: 1 });
    expect(JSON.parse(cli(['--data-dir', dir, 'questionnaire', 'answers', '--case', created.id, '--json']).stdout)).toEqual([
      expect.objectContaining({ questionId: 'hf1.einwohnerzahl', value: 52300, source: 'rathaus' }),
    ]);

    const broken = join(dir, 'kaputt.xlsx');
    spawnSync('/usr/bin/python3', ['test/fixtures/fill-with-openpyxl.py', template, broken, 'hf1.einwohnerzahl=viele'], { encoding: 'utf8' });
    const refused = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, broken]);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      written: false,
      applied: 0,
      errors: [{ sheet: expect.stringMatching(/^HF1/), row: 2, questionId: 'hf1.einwohnerzahl', message: expect.stringMatching(/„viele“ ist keine Zahl/) }],
    });

    const foreign = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, 'test/fixtures/xlsx/zip-bomb.xlsx']);
    expect(foreign.code).toBe(2);
    expect(JSON.parse(foreign.stdout).errors[0].message).toMatch(/Zip-Bombe/);
  }, 120_000);
});

describe('cli questionnaire import --skip-invalid', () => {
  it('imports the valid rows and lists the skipped ones with --skip-invalid; without it writes nothing', () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const template = join(dir, 'vorlage.xlsx');
    expect(cli(['--data-dir', dir, 'questionnaire', 'template', '--case', created.id, '--out', template]).code).toBe(0);
    const filled = join(dir, 'teilweise.xlsx');
    const fill = spawnSync('/usr/bin/python3', ['test/fixtures/fill-with-openpyxl.py', template, filled, 'hf1.einwohnerzahl=52.300', 'hf1.kinder-unter-18=viele'], { encoding: 'utf8' });
    expect(fill.status, fill.stderr).toBe(0);
    const answers = () => JSON.parse(cli(['--data-dir', dir, 'questionnaire', 'answers', '--case', created.id, '--json']).stdout) as { questionId: string; value: unknown }[];
    const skippedRow = { sheet: expect.stringMatching(/^HF1/), row: 3, questionId: 'hf1.kinder-unter-18', question: expect.any(String), value: 'viele', message: expect.stringMatching(/„viele“ ist keine Zahl/) };

    const refused = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, filled]);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ written: false, applied: 0, errors: [skippedRow], skipped: [] });
    expect(answers()).toEqual([]);

    const dry = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, filled, '--skip-invalid', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, written: false, applied: 1, errors: [], skipped: [skippedRow] });
    expect(answers()).toEqual([]);

    const real = cli(['--data-dir', dir, 'questionnaire', 'import', '--case', created.id, filled, '--skip-invalid']);
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ dryRun: false, written: true, applied: 1, new: 1, errors: [], skipped: [skippedRow] });
    expect(answers()).toEqual([expect.objectContaining({ questionId: 'hf1.einwohnerzahl', value: 52300, source: 'rathaus' })]);

    const db = new BetterSqlite3(databaseFile(dir), { readonly: true });
    const log = db.prepare('SELECT applied, summary FROM questionnaire_imports').all() as { applied: number; summary: string }[];
    db.close();
    expect(log).toHaveLength(1);
    expect(log[0]!.applied).toBe(1);
    expect(JSON.parse(log[0]!.summary)).toMatchObject({ mode: 'skip-invalid', skippedRows: [{ questionId: 'hf1.kinder-unter-18', row: 3, value: 'viele' }] });
  }, 120_000);
});

describe('cli scoring', () => {
  it('prints fields with score, rated, strengths and weaknesses, plus overall and completeness', () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const shown = cli(['--data-dir', dir, 'scoring', 'show', '--case', created.id, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const result = JSON.parse(shown.stdout) as { fields: Record<string, unknown>[]; overall: unknown; completeness: unknown };
    expect(result.fields).toHaveLength(6);
    expect(result.fields[0]).toEqual({ id: 'hf1', name: 'Steuerung, Vernetzung und Nachhaltigkeit', score: null, rated: 0, strengths: [], weaknesses: [] });
    expect([result.overall, result.completeness]).toEqual([null, 0]);
  }, 60_000);
});

describe('cli goals', () => {
  it('prints the goal tree with measures and their latest status', async () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const { testBackend } = await import('../helpers/backend');
    const backend = await testBackend({ dataDir: dir });
    let agreement = await backend.call('goals.addNode', { caseId: created.id, kind: 'strategic', parentId: 'hf2', title: 'Betreuung ausbauen' });
    agreement = await backend.call('goals.addNode', { caseId: created.id, kind: 'goal', parentId: agreement.fields[1]!.strategicGoals[0]!.id, title: 'Mehr U3-Plätze' });
    await backend.call('goals.addMeasure', { caseId: created.id, goalId: agreement.fields[1]!.strategicGoals[0]!.goals[0]!.id, measure: { title: 'Kita Nord erweitern', budget: 1000 } });
    await backend.backend.close();

    const shown = cli(['--data-dir', dir, 'goals', 'show', '--case', created.id, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const tree = JSON.parse(shown.stdout) as { fields: { id: string; strategicGoals: { number: string; goals: { number: string; measures: Record<string, unknown>[] }[] }[] }[] };
    const hf2 = tree.fields.find((field) => field.id === 'hf2')!;
    expect(hf2.strategicGoals[0]).toMatchObject({ number: '2.A', goals: [{ number: '2.1', measures: [{ number: '2.1.1', title: 'Kita Nord erweitern', status: 'geplant', budget: 1000 }] }] });
  }, 60_000);
});

describe('cli participation', () => {
  it('lists events, adds an idea, imports a table all or nothing with exit codes, lists ideas and sums up', async () => {
    const dir = tempDir();
    const created = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'M', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const { testBackend } = await import('../helpers/backend');
    const backend = await testBackend({ dataDir: dir });
    const event = await backend.call('participation.saveEvent', { caseId: created.id, event: { formatId: 'zukunftswerkstatt', heldOn: '2026-04-18', participants: { buerger: 30, jugend: 5 } } });
    await backend.backend.close();

    const events = cli(['--data-dir', dir, 'participation', 'events', '--case', created.id, '--json']);
    expect(events.code, events.stderr).toBe(0);
    expect(JSON.parse(events.stdout)).toEqual([expect.objectContaining({ id: event.savedId, formatId: 'zukunftswerkstatt', formatName: 'Zukunftswerkstatt', heldOn: '2026-04-18', participants: { buerger: 30, jugend: 5 }, participantTotal: 35 })]);

    const added = cli(['--data-dir', dir, 'participation', 'add-idea', '--case', created.id, '--field', 'hf2', '--text', 'Kita länger offen', '--event', event.savedId, '--votes', '4']);
    expect(added.code, added.stderr).toBe(0);
    const idea = JSON.parse(added.stdout) as { id: string };
    expect(idea).toMatchObject({ id: expect.any(String), text: 'Kita länger offen', fieldId: 'hf2', votes: 4, eventId: event.savedId });

    const bad = join(dir, 'karten.csv');
    writeFileSync(bad, 'Idee;Feld;Punkte\nBürgerbus;HF5;2\nSeilbahn;HF9;1\n');
    const refused = cli(['--data-dir', dir, 'participation', 'import-ideas', '--case', created.id, bad, '--map', 'text=Idee,field=Feld,votes=Punkte']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ written: false, imported: 0, errors: [{ row: 3, column: 'Feld', value: 'HF9' }] });
    writeFileSync(bad, 'Idee;Feld;Punkte\nBürgerbus;HF5;2\nSpielplatz;Wohnumfeld und Lebensqualität;1\n');
    const dry = cli(['--data-dir', dir, 'participation', 'import-ideas', '--case', created.id, bad, '--map', 'text=Idee,field=Feld,votes=Punkte', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, written: false, ideas: 2 });
    const imported = cli(['--data-dir', dir, 'participation', 'import-ideas', '--case', created.id, bad, '--map', 'text=Idee,field=Feld,votes=Punkte']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ written: true, imported: 2, byField: { hf5: 2 } });
    expect(cli(['--data-dir', dir, 'participation', 'import-ideas', '--case', created.id, bad, '--map', 'text=Idee']).code).toBe(2);

    const ideas = cli(['--data-dir', dir, 'participation', 'ideas', '--case', created.id, '--json']);
    expect((JSON.parse(ideas.stdout) as { text: string; fieldId: string; status: string; votes: number; measureId: string | null }[]).map((entry) => [entry.text, entry.fieldId, entry.status, entry.votes, entry.measureId])).toEqual([
      ['Kita länger offen', 'hf2', 'neu', 4, null],
      ['Bürgerbus', 'hf5', 'neu', 2, null],
      ['Spielplatz', 'hf5', 'neu', 1, null],
    ]);
    const summary = cli(['--data-dir', dir, 'participation', 'summary', '--case', created.id, '--json']);
    expect(JSON.parse(summary.stdout)).toMatchObject({ events: 1, eventsHeld: 1, citizenEventsHeld: 1, ideas: 3, participants: { buerger: 30, jugend: 5, total: 35 }, measures: 0, shareFromParticipation: 0 });
  }, 90_000);
});

describe('cli certification export (alias assessment)', () => {
  it('writes the assessment workbook with the profile chart on its cover, and refuses an unknown case', async () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create', '--name', 'Kreisstadt', '--ags', '05711000', '--kind', 'kommune']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const out = join(dir, 'gutachten.xlsx');
    const exported = cli(['--data-dir', dir, 'certification', 'export', '--case', id, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Deckblatt', 'IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Beteiligung', 'Nachweise', 'Stammdaten', 'Metadaten']);
    expect(workbook.getWorksheet('Deckblatt')!.getImages()).toHaveLength(1);

    const unknown = cli(['--data-dir', dir, 'assessment', 'export', '--case', '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50', '--out', join(dir, 'x.xlsx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Der Auditfall wurde nicht gefunden/);
  }, 60_000);
});

describe('cli concept export', () => {
  it('writes the Handlungskonzept as a Word file and refuses an unknown case', async () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create-example', '--catalogue', 'bw-managementverfahren', '--name', 'Wortstadt']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const out = join(dir, 'konzept.docx');
    const exported = cli(['--data-dir', dir, 'concept', 'export', '--case', id, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const body = await zipEntryText(out, 'word/document.xml');
    expect(body).toContain('Handlungskonzept');
    expect(body).toContain('Fassung 1 vom');

    const unknown = cli(['--data-dir', dir, 'concept', 'export', '--case', '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50', '--out', join(dir, 'x.docx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Der Auditfall wurde nicht gefunden/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  }, 60_000);
});

describe('cli evidence', () => {
  it('adds a document to places, lists it, writes its exact bytes, removes it, and refuses a program with exit code 2', () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create', '--name', 'Belegstadt', '--ags', '05711000', '--kind', 'kommune']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const pdf = join(dir, 'Ratsbeschluss.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
    const added = cli(['--data-dir', dir, 'evidence', 'add', '--case', id, pdf, '--to', 'resolution:agreement', 'case', '--title', 'Ratsbeschluss', '--date', '04.09.2024']);
    expect(added.code, added.stderr).toBe(0);
    const document = JSON.parse(added.stdout) as { id: string; sha256: string; type: string; documentDate: string; places: { place: string }[] };
    expect(document).toMatchObject({ type: 'pdf', documentDate: '2024-09-04', sha256: createHash('sha256').update(readFileSync(pdf)).digest('hex') });
    expect(document.places.map((place) => place.place)).toEqual(['case', 'resolution:agreement']);

    const listed = cli(['--data-dir', dir, 'evidence', 'list', '--case', id, '--json']);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((entry) => entry.id)).toEqual([document.id]);
    const out = join(dir, 'zurueck.pdf');
    expect(cli(['--data-dir', dir, 'evidence', 'get', document.id, '--out', out]).code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(pdf))).toBe(true);

    const program = join(dir, 'rechnung.pdf');
    writeFileSync(program, Buffer.from('4d5a90000300000004000000ffff0000', 'hex'));
    const refused = cli(['--data-dir', dir, 'evidence', 'add', '--case', id, program]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Die Datei ist ein Programm oder Skript und wird nicht angenommen');
    const badDate = cli(['--data-dir', dir, 'evidence', 'add', '--case', id, pdf, '--date', '31.02.2024']);
    expect(badDate.code).toBe(2);

    expect(cli(['--data-dir', dir, 'evidence', 'remove', document.id]).code).toBe(0);
    expect(JSON.parse(cli(['--data-dir', dir, 'evidence', 'list', '--case', id, '--json']).stdout)).toEqual([]);
  }, 90_000);
});

describe('cli backup', () => {
  it('creates, lists and restores backups, and restores the newest good one over a damaged database', async () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create', '--name', 'Sicherstadt', '--ags', '05711000', '--kind', 'kommune']);
    expect(created.code, created.stderr).toBe(0);
    const made = cli(['--data-dir', dir, 'backup', 'create']);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ kind: 'manual' });
    const out = join(tempDir(), 'stick.sqlite');
    expect(cli(['--data-dir', dir, 'backup', 'create', '--out', out]).code).toBe(0);
    const again = cli(['--data-dir', dir, 'backup', 'create', '--out', out]);
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/existiert bereits/)]);

    const listed = cli(['--data-dir', dir, 'backup', 'list', '--json']);
    expect((JSON.parse(listed.stdout) as { kind: string }[]).map((entry) => entry.kind).sort()).toEqual(['manual', 'start']);

    cli(['--data-dir', dir, 'cases', 'create', '--name', 'Später', '--ags', '05711000', '--kind', 'kommune']);
    const restored = cli(['--data-dir', dir, 'backup', 'restore', out]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ caseCount: 1, safetyBackup: { kind: 'restore' } });
    const names = (JSON.parse(cli(['--data-dir', dir, 'cases', 'list', '--json']).stdout) as { municipalityName: string }[]).map((item) => item.municipalityName);
    expect(names).toEqual(['Sicherstadt']);

    corruptTable(databaseFile(dir), 'cases');
    const refused = cli(['--data-dir', dir, 'cases', 'list', '--json']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/beschädigt/);
    const rescued = cli(['--data-dir', dir, 'backup', 'restore', '--newest']);
    expect(rescued.code, rescued.stderr).toBe(0);
    expect(rescued.stderr).toMatch(/neueste intakte Sicherung/);
    // The newest intact backup is the one taken before the restore (both cases). The day's start-up
    // backup is kept by the rotation now, so no second one is taken after the restore.
    expect(JSON.parse(rescued.stdout)).toMatchObject({ caseCount: 2, previousDatabaseMovedTo: expect.stringContaining('beiseitegelegt') });
    expect(cli(['--data-dir', dir, 'cases', 'list', '--json']).code).toBe(0);

    const neither = cli(['--data-dir', dir, 'backup', 'restore']);
    expect([neither.code, neither.stderr]).toEqual([2, expect.stringMatching(/Sicherungsdatei oder --newest/)]);
  }, 90_000);
});

describe('cli create-example and create-reaudit', () => {
  it('walks a round and its Re-Audit: the example is finalised, the Re-Audit compares per field and lists the previous measures with their last status', () => {
    const dir = tempDir();
    const example = cli(['--data-dir', dir, 'cases', 'create-example', '--catalogue', 'bw-managementverfahren', '--name', 'Ingersheim', '--seed', '3']);
    expect(example.code, example.stderr).toBe(0);
    const first = JSON.parse(example.stdout) as { id: string; municipalityName: string; certificateValidUntil: string | null };
    expect(first).toMatchObject({ municipalityName: 'Ingersheim', certificateValidUntil: expect.any(String) });
    const next = JSON.parse(cli(['--data-dir', dir, 'cases', 'create-reaudit', '--from', first.id]).stdout) as { id: string; previousCaseId: string };
    expect(next.previousCaseId).toBe(first.id);
    const goals = JSON.parse(cli(['--data-dir', dir, 'goals', 'show', '--case', next.id, '--json']).stdout) as { previous: { caseId: string; lastReportYear: number; measures: { status: string }[] } };
    expect(goals.previous).toMatchObject({ caseId: first.id, lastReportYear: 2 });
    const scoring = JSON.parse(cli(['--data-dir', dir, 'scoring', 'show', '--case', next.id, '--json']).stdout) as { fields: { previousScore: number | null; trend: string }[] };
    expect(scoring.fields).toHaveLength(5);
    for (const field of scoring.fields) expect([typeof field.previousScore, field.trend]).toEqual(['number', 'noch nicht bewertet']);
    expect(goals.previous.measures.length).toBeGreaterThan(10);
    expect(new Set(goals.previous.measures.map((measure) => measure.status))).toContain('umgesetzt');
    const unknown = cli(['--data-dir', dir, 'cases', 'create-example', '--catalogue', 'gibt-es-nicht']);
    expect([unknown.code === 0, unknown.stderr]).toEqual([false, expect.stringMatching(/nicht installiert/)]);
  }, 90_000);

  it('creates the next round pre-filled from the previous one and prints it', () => {
    const dir = tempDir();
    const first = JSON.parse(cli(['--data-dir', dir, 'cases', 'create', '--name', 'Altstadt', '--ags', '05711000', '--kind', 'kommune', '--landkreis', 'Kreis Lippe', '--population', '41.200', '--auditor', 'A. Prüferin']).stdout) as { id: string };
    const next = cli(['--data-dir', dir, 'cases', 'create-reaudit', '--from', first.id]);
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ municipalityName: 'Altstadt', landkreis: 'Kreis Lippe', population: 41200, auditor: 'A. Prüferin', auditRound: 'reaudit', previousCaseId: first.id });
    const unknown = cli(['--data-dir', dir, 'cases', 'create-reaudit', '--from', '00000000-0000-4000-8000-000000000000']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/nicht gefunden|gibt es nicht/);
  }, 60_000);
});

describe('cli case transfer', () => {
  it('exports a case to a file and imports it on another data folder, asking how when it exists', () => {
    const from = tempDir();
    const { id } = JSON.parse(cli(['--data-dir', from, 'cases', 'create', '--name', 'Reisestadt', '--ags', '05711000', '--kind', 'kommune']).stdout) as { id: string };
    const file = join(tempDir(), 'reise.familienaudit');
    const exported = cli(['--data-dir', from, 'cases', 'export', '--case', id, '--out', file]);
    expect(exported.code, exported.stderr).toBe(0);

    const to = tempDir();
    const imported = cli(['--data-dir', to, 'cases', 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ caseId: id, municipalityName: 'Reisestadt', backupBefore: { id: expect.stringMatching(/__import__/), createdAt: expect.any(String) } });

    const again = cli(['--data-dir', to, 'cases', 'import', file]);
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/gibt es hier schon.*--as-copy.*--update/)]);
    const copy = cli(['--data-dir', to, 'cases', 'import', file, '--as-copy']);
    expect(JSON.parse(copy.stdout)).toMatchObject({ municipalityName: 'Reisestadt (Kopie)' });
    expect(cli(['--data-dir', to, 'cases', 'import', file, '--update']).code).toBe(0);
    expect((JSON.parse(cli(['--data-dir', to, 'cases', 'list', '--json']).stdout) as unknown[]).length).toBe(2);
  }, 90_000);
});
