import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs takes a good part of the backend's start-up to load, and only the exports need it in
 * this process (reading runs in the worker); so it is loaded on the first export.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => ((module as { default?: typeof ExcelJS }).default ?? (module as unknown as typeof ExcelJS)));
  return loading;
}
