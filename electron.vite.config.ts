import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const WORKBOOK_WORKER = 'electron/backend/xlsx/workbook-reader.worker.cjs';

/** The workbook reader runs as a separate worker file; it must sit beside the bundled main process. */
function workbookWorker(): Plugin {
  return {
    name: 'familienaudit-workbook-worker',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'workbook-reader.worker.cjs', source: readFileSync(WORKBOOK_WORKER, 'utf8') });
    },
  };
}

const CHART_FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The charts drawn in the backend use the fonts shipped with the app, beside the bundled main process. */
function chartFonts(): Plugin {
  return {
    name: 'familienaudit-chart-fonts',
    generateBundle() {
      for (const font of CHART_FONTS) this.emitFile({ type: 'asset', fileName: `fonts/${font}`, source: readFileSync(`resources/fonts/${font}`) });
    },
  };
}

export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [workbookWorker(), chartFonts()],
    build: {
      outDir: 'out/main',
      // Bundled rather than required from node_modules: loading them file by file costs the start-up ~150 ms.
      externalizeDeps: { exclude: ['kysely', 'zod'] },
      // backend.cjs is the backend on its own, for the start-up benchmark in plain Node.
      lib: {
        entry: { index: resolve('electron/main/index.ts'), backend: resolve('electron/backend/backend.ts') },
        formats: ['cjs'],
        fileName: (_format, name) => `${name}.cjs`,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: true,
      // A sandboxed preload must be a single CommonJS file.
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
