import yauzl from 'yauzl';
import yazl from 'yazl';
import { transferChecksum, type TransferFile } from '../../electron/backend/transfer/transfer-file';

/** Every entry of a format-2 transfer file (a zip), by name, read with yauzl's streaming reader. */
export function readContainer(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** A zip of the given entries, in order, as a transfer file might be (or be forged). */
export async function writeContainer(entries: Iterable<readonly [string, Buffer]>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(content, name, { compress: !name.startsWith('nachweise/') });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export const CASE_ENTRY = 'auditfall.json';

/** The container's case JSON, parsed. */
export function caseOf(entries: ReadonlyMap<string, Buffer>): TransferFile {
  return JSON.parse(entries.get(CASE_ENTRY)!.toString('utf8')) as TransferFile;
}

/** The case JSON after `change`, with its checksum made to fit again (a careful forger). */
export function resealed(file: TransferFile, change: (file: TransferFile) => void): Buffer {
  const copy = structuredClone(file);
  change(copy);
  copy.sha256 = transferChecksum(copy);
  return Buffer.from(JSON.stringify(copy), 'utf8');
}
