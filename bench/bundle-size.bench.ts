import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './bench-table';

const RENDERER = 'out/renderer';

/** The JavaScript the renderer loads before it can show anything: the entry script and what it preloads. */
function initialScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set(sources)];
}

export function benchBundleSize(): Measurement[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error('Kein Einstiegsskript in out/renderer/index.html gefunden.');
  const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(RENDERER, src))).length, 0);
  const kb = gzipped / 1024;
  return [{ operation: `Oberfläche: JavaScript beim Start, gzip (${scripts.length} Datei(en))`, medianMs: kb, worstMs: kb, budgetMs: 500, ratio: null, ratioBudget: null, unit: 'KB' }];
}
