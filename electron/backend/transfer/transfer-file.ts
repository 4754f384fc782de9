import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from '../../../shared/zod';
import { AppError } from '../errors';

export const TRANSFER_FORMAT = 'familienaudit-auditfall';
export const TRANSFER_EXTENSION = '.familienaudit';
/** A case with all its answers and imports stays far below this; more is a broken or hostile file. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const rowSchema = z.record(z.string(), z.unknown());

export const transferFileSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  caseId: z.string().min(1),
  municipalityName: z.string(),
  catalogue: z.object({ id: z.string(), version: z.number().int(), content: z.string() }),
  tables: z.record(z.string(), z.array(rowSchema)),
  history: z.array(rowSchema),
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

export function packTransferFile(content: TransferContent): Buffer {
  const file: TransferFile = { ...content, sha256: transferChecksum(content) };
  return gzipSync(JSON.stringify(file));
}

function refused(fileName: string, reason: string): AppError {
  return new AppError('INVALID_INPUT', `„${fileName}“ kann nicht übernommen werden: ${reason}`);
}

/** Unpacks and checks a transfer file; every problem becomes a German refusal naming the file. */
export function unpackTransferFile(fileName: string, bytes: Buffer): TransferFile {
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw refused(fileName, tooBig ? 'Der Inhalt ist größer als 200 MB.' : 'Die Datei ist keine Familienaudit-Fallübergabe (kein gültiges Archiv).');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refused(fileName, 'Der Inhalt ist beschädigt (kein gültiges JSON).');
  }
  const parsed = transferFileSchema.safeParse(data);
  if (!parsed.success) throw refused(fileName, 'Die Datei ist keine Familienaudit-Fallübergabe in einem bekannten Format.');
  if (transferChecksum(parsed.data) !== parsed.data.sha256) throw refused(fileName, 'Die Prüfsumme stimmt nicht; die Datei wurde verändert oder beschädigt.');
  return parsed.data;
}
