/**
 * Every size limit on data that comes in, in one place: the contract's upload schemas, the
 * loopback server, the exports that must not write what the import would refuse, and the
 * importers read them from here.
 */
export const UPLOAD_LIMITS_MB = {
  /**
   * A case transfer file, its documents included; what travels through the renderer as base64
   * sets this bound. A case with more documents goes to another laptop as a backup.
   */
  transfer: 200,
  /** A backup restored through the UI; larger ones go through the command line. */
  backup: 25,
  /** A returned questionnaire workbook. */
  workbook: 20,
  /** One document (Nachweis) attached to a case. */
  evidence: 25,
} as const;

/** How much a case's documents may hold in all. */
export const EVIDENCE_CASE_LIMIT_MB = 500;

/** What a transfer file may unpack to, checked before its JSON is parsed. */
export const TRANSFER_CONTENT_LIMITS = {
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Rows of the case's tables, and history entries; a large real case has a few thousand of each. */
  maxRows: 200_000,
  maxHistoryEntries: 1_000_000,
  /** Objects and arrays nested inside each other; a transfer file needs 6. */
  maxDepth: 12,
} as const;

export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

export const MEGABYTE = 1024 * 1024;
