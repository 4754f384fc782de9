import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHART_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

const here = dirname(fileURLToPath(import.meta.url));
/** Beside the bundled main process (copied there by the build), or in the sources' resources. */
const FONT_DIRECTORIES = [join(here, 'fonts'), join(here, '../../../resources/fonts')];

/** The fonts the charts are drawn with; shipped with the app so that a picture never depends on the machine. */
export function chartFonts(): Uint8Array[] {
  const directory = FONT_DIRECTORIES.find((candidate) => existsSync(join(candidate, CHART_FONT_FILES[0])));
  if (!directory) throw new Error(`Chart fonts not found in ${FONT_DIRECTORIES.join(' or ')}`);
  return CHART_FONT_FILES.map((file) => new Uint8Array(readFileSync(join(directory, file))));
}

export function resvgWasm(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
}
