import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../scripts/bundle-for-node';
import { summarize, type Measurement } from './bench-table';
import type { LargeDatabase } from './data/large-database';

const RUNS = 7;

/**
 * Backend start-up in a fresh Node process each time, on the large data folder, loading the
 * backend as the build bundles it for the main process (out/main/backend.cjs).
 */
export async function benchBackendStartup(large: LargeDatabase): Promise<Measurement[]> {
  const backendBundle = resolve('out/main/backend.cjs');
  if (!existsSync(backendBundle)) throw new Error('Build fehlt: bitte zuerst „npm run build“.');
  const starter = await bundleForNode('bench/startup/backend-startup.ts');
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const result = spawnSync(process.execPath, [starter, pathToFileURL(backendBundle).href, large.dataDir], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Start-up run failed: ${result.stderr}`);
    if (run > 0) times.push(Number(result.stdout.trim()));
  }
  const timing = summarize(times);
  return [{ operation: `Backend-Start (Code laden, ${large.cases} Fälle öffnen, Handler)`, medianMs: timing.median, worstMs: timing.worst, budgetMs: 150, ratio: null, ratioBudget: null }];
}
