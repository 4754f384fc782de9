import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const OUT_DIR = resolve('node_modules/.cache/familienaudit-bundles');

/**
 * Bundles a script for plain Node once, so that each of many child processes starts in
 * plain Node in a fraction of a second. The bundle sits inside the project, so its imports of
 * installed packages (better-sqlite3 and so on) resolve as they do from source.
 */
export async function bundleForNode(entry: string): Promise<string> {
  const name = entry.split('/').at(-1)!.replace(/\.ts$/, '.mjs');
  const outfile = join(OUT_DIR, name);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { __APP_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  return outfile;
}
