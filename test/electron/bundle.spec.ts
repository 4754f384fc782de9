import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

// Checks the built main process's layout without starting Electron, so it runs everywhere.
// The main process is index.cjs and the backend it requires beside it, backend.cjs.
function mainProcessCode(): string {
  const index = readFileSync('out/main/index.cjs', 'utf8');
  expect(index).toMatch(/require\(["']\.\/backend\.cjs["']\)/);
  return index + readFileSync('out/main/backend.cjs', 'utf8');
}

test('the bundled main process has the workbook reader worker beside it, and the worker reads a workbook', async () => {
  expect(existsSync('out/main/index.cjs'), 'run `npm run build` first').toBe(true);
  expect(mainProcessCode()).toContain('workbook-reader.worker.cjs');
  const worker = new Worker(resolve('out/main/workbook-reader.worker.cjs'));
  const result = await new Promise<{ id: number; ok: boolean; workbook?: { sheets: { name: string }[] } }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage({ id: 7, bytes: readFileSync('test/fixtures/xlsx/minimal.xlsx'), selection: { headerMarkers: [], keepColumns: [], fullSheets: ['Tabelle1'] } });
  });
  await worker.terminate();
  expect(result).toMatchObject({ id: 7, ok: true });
  expect(result.workbook?.sheets.map((sheet) => sheet.name)).toEqual(['Tabelle1']);
});

test('the bundled main process has the chart fonts beside it, byte for byte', () => {
  expect(existsSync('out/main/index.cjs'), 'run `npm run build` first').toBe(true);
  for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    expect(readFileSync(`out/main/fonts/${font}`).equals(readFileSync(`resources/fonts/${font}`)), font).toBe(true);
  }
  // The wasm renderer stays a dependency outside the bundle and is found from there.
  expect(mainProcessCode()).toContain('@resvg/resvg-wasm/index_bg.wasm');
});
