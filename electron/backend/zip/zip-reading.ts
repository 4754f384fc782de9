import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/** Reading zip archives held in memory, for every importer that must check one before trusting it. */

export function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

/** The archive's entries, stopping one past `maxEntries` (the caller refuses that many). */
export function listEntries(zip: yauzl.ZipFile, maxEntries: number): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) {
        zip.close();
        resolve(entries);
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;

/**
 * One entry's content, inflated with a hard output limit so that a size lie in the zip directory
 * cannot slip by: null unless the real size matches the declared one.
 */
export function entryData(bytes: Buffer, entry: yauzl.Entry): Buffer | null {
  const offset = entry.relativeOffsetOfLocalHeader;
  if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL_HEADER_SIGNATURE) return null;
  const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.compressionMethod === 0) return entry.compressedSize === entry.uncompressedSize ? data : null;
  if (entry.compressionMethod !== 8) return null;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    return inflated.length === entry.uncompressedSize ? inflated : null;
  } catch {
    return null;
  }
}

export function checkEntryData(bytes: Buffer, entry: yauzl.Entry): boolean {
  return entryData(bytes, entry) !== null;
}
