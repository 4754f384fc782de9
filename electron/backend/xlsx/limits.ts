import { MEGABYTE, UPLOAD_LIMITS_MB } from '../../../shared/contract/limits';

/** Limits checked on the zip container before any spreadsheet parser sees the file. */
export const WORKBOOK_LIMITS = {
  maxFileBytes: UPLOAD_LIMITS_MB.workbook * MEGABYTE,
  maxEntries: 1000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxSharedStringsBytes: 50 * 1024 * 1024,
  /** Uncompressed to compressed; ordinary xlsx parts stay well below 100. */
  maxRatio: 200,
  /** Entries smaller than this are not ratio-checked (tiny XML compresses extremely well). */
  ratioCheckFromBytes: 1024 * 1024,
  workerMemoryMb: 512,
  workerTimeoutMs: 60_000,
} as const;
