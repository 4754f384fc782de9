import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MEGABYTE, TRANSFER_CONTENT_LIMITS as LIMITS, UPLOAD_LIMITS_MB } from '../../../shared/contract/limits';
import { formatGermanDecimal } from '../../../shared/domain/german-numbers';
import { z } from '../../../shared/zod';
import { AppError } from '../errors';
import { measureJson } from '../incoming/json-shape';

export const TRANSFER_FORMAT = 'familienaudit-auditfall';
export const TRANSFER_EXTENSION = '.familienaudit';
const rowSchema = z.record(z.string(), z.unknown());
const TOO_MANY_ROWS = 'Zu viele Datensätze.';
/** Every row is an object, and so is each binary value inside one; the rest of the file is a handful. */
const MAX_CONTAINERS = 2 * LIMITS.maxRows + LIMITS.maxHistoryEntries + 1000;

export const transferFileSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  /** 1: gzip'd JSON; 2: a zip container with the JSON and the documents' bytes, one entry per hash. */
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  caseId: z.string().min(1),
  municipalityName: z.string(),
  catalogue: z.object({ id: z.string(), version: z.number().int(), content: z.string() }),
  tables: z
    .record(z.string(), z.array(rowSchema))
    .refine((tables) => Object.values(tables).reduce((sum, rows) => sum + rows.length, 0) <= LIMITS.maxRows, { message: TOO_MANY_ROWS }),
  history: z.array(rowSchema).max(LIMITS.maxHistoryEntries),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TransferFile = z.infer<typeof transferFileSchema>;
export type TransferContent = Omit<TransferFile, 'sha256'>;

/** JSON with keys in sorted order, so that the checksum does not depend on how an object was built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Over everything in the file but the checksum itself, so that any change on the way is noticed. */
export function transferChecksum(file: TransferContent | TransferFile): string {
  const { sha256: _ignored, ...content } = file as TransferFile;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

const megabytes = (bytes: number) => formatGermanDecimal(Math.ceil((bytes / MEGABYTE) * 10) / 10);

/** The file's JSON with its checksum, refused where an import would refuse its content. */
export function sealTransferContent(content: TransferContent): string {
  const file: TransferFile = { ...content, sha256: transferChecksum(content) };
  const json = JSON.stringify(file);
  const rows = Object.values(file.tables).reduce((sum, list) => sum + list.length, 0);
  const tooLarge =
    Buffer.byteLength(json) > LIMITS.maxUnpackedBytes
      ? `Der Inhalt wäre ${megabytes(Buffer.byteLength(json))} MB groß; übernommen werden können höchstens ${LIMITS.maxUnpackedBytes / MEGABYTE} MB.`
      : rows > LIMITS.maxRows || file.history.length > LIMITS.maxHistoryEntries
        ? `Der Auditfall hat mehr Datensätze (${rows}) oder Protokolleinträge (${file.history.length}), als eine Übergabe tragen kann (${LIMITS.maxRows} bzw. ${LIMITS.maxHistoryEntries}).`
        : null;
  if (tooLarge) throw notPackable(tooLarge);
  return json;
}

function notPackable(reason: string): AppError {
  return new AppError('INVALID_INPUT', `Der Auditfall kann nicht als Übergabedatei gespeichert werden: ${reason} Bitte alte Fragebogen-Rückläufe und große Nachweise prüfen oder eine Sicherung verwenden.`);
}

/** Refuses a packed file too large to upload on the other laptop. */
export function checkPackedSize(packed: Buffer): Buffer {
  if (packed.length > UPLOAD_LIMITS_MB.transfer * MEGABYTE) {
    throw notPackable(`Die Übergabedatei wäre ${megabytes(packed.length)} MB groß; übernommen werden können höchstens ${UPLOAD_LIMITS_MB.transfer} MB.`);
  }
  return packed;
}

/** Packs a case without documents as gzip'd JSON (format 1, which every version reads). */
export function packTransferFile(content: TransferContent): Buffer {
  return checkPackedSize(gzipSync(sealTransferContent(content)));
}

export function refused(fileName: string, reason: string): AppError {
  return new AppError('INVALID_INPUT', `„${fileName}“ kann nicht übernommen werden: ${reason}`);
}

/** Unpacks and checks a format-1 transfer file; every problem becomes a German refusal naming the file. */
export function unpackTransferFile(fileName: string, bytes: Buffer): TransferFile {
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: LIMITS.maxUnpackedBytes }).toString('utf8');
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw refused(fileName, tooBig ? `Der Inhalt ist größer als ${LIMITS.maxUnpackedBytes / MEGABYTE} MB.` : 'Die Datei ist keine Familienaudit-Fallübergabe (kein gültiges Archiv).');
  }
  const file = parseTransferJson(fileName, text);
  if (file.formatVersion !== 1) throw refused(fileName, 'Die Datei ist keine Familienaudit-Fallübergabe in einem bekannten Format.');
  return file;
}

/** The JSON of a transfer file, checked for size, shape and checksum before anything trusts it. */
export function parseTransferJson(fileName: string, text: string): TransferFile {
  const shape = measureJson(text, { maxContainers: MAX_CONTAINERS, maxDepth: LIMITS.maxDepth });
  if (shape.exceeded === 'containers') throw refused(fileName, `Die Datei enthält mehr als ${formatGermanDecimal(MAX_CONTAINERS)} Datensätze; so viele hat kein Auditfall.`);
  if (shape.exceeded === 'depth') throw refused(fileName, `Die Daten sind tiefer als ${LIMITS.maxDepth} Ebenen verschachtelt; so ist keine Fallübergabe aufgebaut.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refused(fileName, 'Der Inhalt ist beschädigt (kein gültiges JSON).');
  }
  const parsed = transferFileSchema.safeParse(data);
  if (!parsed.success) {
    const tooMany = parsed.error.issues.some((issue) => (issue.code === 'too_big' && issue.path[0] === 'history') || issue.message === TOO_MANY_ROWS);
    throw refused(fileName, tooMany ? `Die Datei enthält mehr als ${formatGermanDecimal(LIMITS.maxRows)} Datensätze oder ${formatGermanDecimal(LIMITS.maxHistoryEntries)} Protokolleinträge; so viele hat kein Auditfall.` : 'Die Datei ist keine Familienaudit-Fallübergabe in einem bekannten Format.');
  }
  if (transferChecksum(parsed.data) !== parsed.data.sha256) throw refused(fileName, 'Die Prüfsumme stimmt nicht; die Datei wurde verändert oder beschädigt.');
  return parsed.data;
}
