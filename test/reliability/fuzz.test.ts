import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { fixedClock } from '../../electron/backend/clock';
import { contract, type MethodName } from '../../shared/contract';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';
import { tempDir } from '../helpers/temp-dir';
import { printFigures } from './figures';
import { payloadsFor } from './fuzz/payloads';

const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const methods = Object.keys(contract) as MethodName[];

interface Tally {
  payloads: number;
  accepted: number;
  refused: number;
  refusedByCode: Map<string, number>;
  crashes: string[];
  refusedButChanged: string[];
}

const tally: Tally = { payloads: 0, accepted: 0, refused: 0, refusedByCode: new Map(), crashes: [], refusedButChanged: [] };
let seedDir = '';
let realIds: string[] = [];

/** A data folder with two cases, one of them complete with answers, ratings, goals and a resolution, and a backup. */
async function seed(): Promise<{ dir: string; ids: string[] }> {
  const { call, dataDir, backend } = await testBackend({ dataDir: mkdtempSync(join(tmpdir(), 'familienaudit-fuzz-seed-')) });
  const complete = await call('cases.create', { municipalityName: 'Fuzzstadt', ags: '05711000', kind: 'kommune' });
  const other = await call('cases.create', { municipalityName: 'Zweitstadt', ags: '08111000', kind: 'kommune' });
  await completeCase({ call }, complete.id);
  const scoring = await call('scoring.get', { caseId: complete.id });
  const field = scoring.fields[0]!;
  await call('scoring.addItem', { caseId: complete.id, fieldId: field.id, kind: 'staerke', text: 'Starke Vereine' });
  const agreement = await call('goals.get', { caseId: complete.id });
  const idea = await call('participation.addIdea', { caseId: complete.id, idea: { text: 'Bürgerbus', fieldId: field.id, votes: 2 } });
  const participation = await call('participation.saveMember', { caseId: complete.id, member: { name: 'Anna Beispiel', group: 'verwaltung' } });
  const backup = await call('backups.create', {});
  const questionnaire = await call('questionnaire.get', { caseId: complete.id });
  const afterItems = await call('scoring.get', { caseId: complete.id });
  const goalIds = agreement.fields.flatMap((candidate) =>
    candidate.strategicGoals.flatMap((strategic) => [strategic.id, ...strategic.goals.flatMap((goal) => [goal.id, ...goal.measures.map((measure) => measure.id)])]),
  );
  const ids = [
    complete.id,
    other.id,
    backup.id,
    field.id,
    field.criteria[0]!.id,
    ...afterItems.fields.flatMap((candidate) => candidate.items.map((item) => item.id)),
    ...questionnaire.catalogue.sections.flatMap((section) => section.questions.slice(0, 2).map((question) => question.id)),
    ...goalIds.slice(0, 6),
    idea.savedId,
    participation.savedId,
    ...participation.events.map((event) => event.id),
    'zukunftswerkstatt',
    'audit',
    'bw',
  ];
  await backend.close();
  return { dir: dataDir, ids };
}

function preview(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value).slice(0, 200);
  }
}

async function fuzzMethod(method: MethodName, runs: number): Promise<void> {
  const dataDir = tempDir('familienaudit-fuzz-');
  cpSync(seedDir, dataDir, { recursive: true });
  const internalErrors: string[] = [];
  const backend: Backend = await createBackend({
    dataDir,
    clock: fixedClock('2026-06-15T09:00:00.000Z'),
    onInternalError: (name, error) => internalErrors.push(`${name}: ${String(error).slice(0, 200)}`),
  });
  const totalChanges = backend.database.sqlite.prepare('SELECT total_changes() AS n').pluck();
  const payloads = fc.sample(payloadsFor(contract[method].input, realIds), { numRuns: runs, seed: SEED + methods.indexOf(method) });
  try {
    for (const payload of payloads) {
      tally.payloads += 1;
      const before = totalChanges.get() as number;
      const reported = internalErrors.length;
      let result: Awaited<ReturnType<Backend['dispatch']>>;
      try {
        result = await backend.dispatch(method, payload);
      } catch (error) {
        tally.crashes.push(`${method} threw ${String(error).slice(0, 200)} for ${preview(payload)}`);
        continue;
      }
      const answeredAsCrash = !result.ok && (result.error.code === 'INTERNAL' || result.error.code === 'INVALID_OUTPUT' || !result.error.message);
      if (internalErrors.length > reported || answeredAsCrash) {
        tally.crashes.push(`${method}: ${internalErrors.slice(reported).join('; ') || JSON.stringify(result)} for ${preview(payload)}`);
      }
      if (result.ok) {
        tally.accepted += 1;
        continue;
      }
      tally.refused += 1;
      tally.refusedByCode.set(result.error.code, (tally.refusedByCode.get(result.error.code) ?? 0) + 1);
      if ((totalChanges.get() as number) !== before) tally.refusedButChanged.push(`${method} (${result.error.code}) for ${preview(payload)}`);
    }
    expect(backend.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    await backend.close();
  }
}

describe('fuzzing every contract method through the dispatcher', () => {
  beforeAll(async () => {
    const seeded = await seed();
    seedDir = seeded.dir;
    realIds = seeded.ids;
  });

  it.each(methods)('%s: random and half-valid payloads neither crash the backend nor change data when refused', async (method) => {
    const crashesBefore = tally.crashes.length;
    const changedBefore = tally.refusedButChanged.length;
    await fuzzMethod(method, RUNS_PER_METHOD);
    expect(tally.crashes.slice(crashesBefore)).toEqual([]);
    expect(tally.refusedButChanged.slice(changedBefore)).toEqual([]);
  });

  it('refuses method names that are not in the contract', async () => {
    const { backend } = await testBackend();
    const names = fc.sample(fc.oneof(fc.string(), fc.anything(), fc.constantFrom('__proto__', 'constructor', 'toString', 'cases.list ', 'CASES.LIST', 'cases')), {
      numRuns: RUNS_PER_METHOD,
      seed: SEED,
    });
    for (const name of names) {
      tally.payloads += 1;
      const result = await backend.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      tally.refused += 1;
    }
  });

  afterAll(() => {
    rmSync(seedDir, { recursive: true, force: true });
    printFigures('Fuzz: random payloads through the dispatcher', {
      methods: methods.length,
      'payloads per method': RUNS_PER_METHOD,
      'payloads in all': tally.payloads,
      accepted: tally.accepted,
      refused: tally.refused,
      ...Object.fromEntries([...tally.refusedByCode].map(([code, count]) => [`  refused as ${code}`, count])),
      crashes: tally.crashes.length,
      'refused calls that changed data': tally.refusedButChanged.length,
      seed: SEED,
    });
  });
});
