import type yauzl from 'yauzl';
import yazl from 'yazl';
import { EVIDENCE_CASE_LIMIT_MB, MEGABYTE, TRANSFER_CONTENT_LIMITS as LIMITS, UPLOAD_LIMITS_MB } from '../../../shared/contract/limits';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/evidence/document-types';
import { sha256Of } from '../evidence/content-store';
import { inspectDocument } from '../evidence/document-inspection';
import { entryData, listEntries, openZip } from '../zip/zip-reading';
import { checkPackedSize, parseTransferJson, refused, sealTransferContent, unpackTransferFile, type TransferContent, type TransferFile } from './transfer-file';

/**
 * A case with documents travels as a zip container (format 2): the case's JSON, whose checksum
 * covers every document's hash and size, and each document's bytes once, named by its hash.
 */
const CASE_ENTRY = 'auditfall.json';
const DOCUMENT_ENTRY = /^nachweise\/([0-9a-f]{64})$/;
const MAX_ENTRIES = 100_000;
const ZIP_SIGNATURE = 0x04034b50;

export interface TransferPackage {
  file: TransferFile;
  /** The documents' bytes by SHA-256, each verified against its name. */
  documents: ReadonlyMap<string, Buffer>;
}

export async function packTransferContainer(content: TransferContent, documents: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const json = sealTransferContent(content);
  const zip = new yazl.ZipFile();
  const mtime = new Date(content.exportedAt);
  zip.addBuffer(Buffer.from(json, 'utf8'), CASE_ENTRY, { mtime, compress: true });
  // Office files, PDFs and images are compressed already; storing them keeps export and import fast.
  for (const [sha256, bytes] of documents) zip.addBuffer(bytes, `nachweise/${sha256}`, { mtime, compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return checkPackedSize(Buffer.concat(chunks));
}

interface DocumentRowSummary {
  title: string;
  sha256: string;
  size: number;
  type: string;
}

function documentRows(file: TransferFile): DocumentRowSummary[] {
  return (file.tables.documents ?? []).map((row) => ({ title: String(row.title), sha256: String(row.sha256), size: Number(row.size), type: String(row.document_type) }));
}

function containerEntries(fileName: string, entries: readonly yauzl.Entry[]): { caseEntry: yauzl.Entry; documentEntries: Map<string, yauzl.Entry> } {
  if (entries.length > MAX_ENTRIES) throw refused(fileName, `Die Datei enthält mehr als ${MAX_ENTRIES} Teile; so viele Nachweise hat kein Auditfall.`);
  let caseEntry: yauzl.Entry | null = null;
  const documentEntries = new Map<string, yauzl.Entry>();
  let documentBytes = 0;
  for (const entry of entries) {
    const hash = DOCUMENT_ENTRY.exec(entry.fileName)?.[1];
    if (entry.fileName === CASE_ENTRY && !caseEntry) caseEntry = entry;
    else if (hash && !documentEntries.has(hash)) documentEntries.set(hash, entry);
    else throw refused(fileName, `Die Datei enthält einen Teil „${entry.fileName.slice(0, 80)}“, der in keine Fallübergabe gehört.`);
    if (hash && entry.uncompressedSize > UPLOAD_LIMITS_MB.evidence * MEGABYTE) throw refused(fileName, `Ein Nachweis darin ist größer als ${UPLOAD_LIMITS_MB.evidence} MB.`);
    documentBytes += hash ? entry.uncompressedSize : 0;
  }
  if (!caseEntry) throw refused(fileName, 'Die Datei ist keine Familienaudit-Fallübergabe (der Auditfall fehlt darin).');
  if (caseEntry.uncompressedSize > LIMITS.maxUnpackedBytes) throw refused(fileName, `Der Inhalt ist größer als ${LIMITS.maxUnpackedBytes / MEGABYTE} MB.`);
  if (documentBytes > EVIDENCE_CASE_LIMIT_MB * MEGABYTE) throw refused(fileName, `Die Nachweise darin sind zusammen größer als ${EVIDENCE_CASE_LIMIT_MB} MB, mehr als ein Auditfall halten kann.`);
  return { caseEntry, documentEntries };
}

/** Every document's bytes are there, match their hash, size and the type their row claims, and nothing else is in the file. */
async function verifiedDocuments(fileName: string, file: TransferFile, bytes: Buffer, entries: ReadonlyMap<string, yauzl.Entry>): Promise<Map<string, Buffer>> {
  const documents = new Map<string, Buffer>();
  const types = new Map<string, DocumentType>();
  for (const [sha256, entry] of entries) {
    const content = entryData(bytes, entry);
    if (!content) throw refused(fileName, 'Die Datei ist beschädigt (ein Nachweis darin lässt sich nicht lesen). Es wurde nichts übernommen.');
    if (sha256Of(content) !== sha256) throw refused(fileName, `Der Inhalt eines Nachweises stimmt nicht mit seiner Prüfsumme ${sha256.slice(0, 12)}… überein; die Datei wurde verändert oder beschädigt. Es wurde nichts übernommen.`);
    const inspection = await inspectDocument(content);
    if (!inspection.ok) throw refused(fileName, `Ein Nachweis darin wird nicht angenommen: ${inspection.message}`);
    documents.set(sha256, content);
    types.set(sha256, inspection.type);
  }
  const needed = new Set<string>();
  for (const row of documentRows(file)) {
    const content = documents.get(row.sha256);
    if (!content) throw refused(fileName, `Zum Nachweis „${row.title.slice(0, 120)}“ fehlt der Inhalt. Es wurde nichts übernommen.`);
    if (content.length !== row.size) throw refused(fileName, `Der Nachweis „${row.title.slice(0, 120)}“ hat nicht die angegebene Größe. Es wurde nichts übernommen.`);
    if (types.get(row.sha256) !== row.type) {
      const found = types.get(row.sha256);
      throw refused(fileName, `Der Nachweis „${row.title.slice(0, 120)}“ ist nach seinem Inhalt ${found ? `vom Typ „${DOCUMENT_TYPES[found].label}“` : 'kein bekanntes Dokument'}, nicht wie angegeben. Es wurde nichts übernommen.`);
    }
    needed.add(row.sha256);
  }
  if (needed.size !== documents.size) throw refused(fileName, 'Die Datei enthält Inhalte, die zu keinem Nachweis gehören. Es wurde nichts übernommen.');
  return documents;
}

async function unpackTransferContainer(fileName: string, bytes: Buffer): Promise<TransferPackage> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw refused(fileName, 'Die Datei ist keine Familienaudit-Fallübergabe (kein gültiges Archiv).');
  }
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip, MAX_ENTRIES);
  } catch {
    throw refused(fileName, 'Die Datei ist beschädigt (ihr Archiv lässt sich nicht vollständig lesen).');
  } finally {
    zip.close();
  }
  const { caseEntry, documentEntries } = containerEntries(fileName, entries);
  const json = entryData(bytes, caseEntry);
  if (!json) throw refused(fileName, 'Die Datei ist beschädigt (der Auditfall darin lässt sich nicht lesen).');
  const file = parseTransferJson(fileName, json.toString('utf8'));
  if (file.formatVersion !== 2) throw refused(fileName, 'Die Datei ist keine Familienaudit-Fallübergabe in einem bekannten Format.');
  return { file, documents: await verifiedDocuments(fileName, file, bytes, documentEntries) };
}

/** Either format, told apart by its first bytes; a format-1 file carries no documents. */
export async function unpackTransfer(fileName: string, bytes: Buffer): Promise<TransferPackage> {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_SIGNATURE) return unpackTransferContainer(fileName, bytes);
  const file = unpackTransferFile(fileName, bytes);
  if (documentRows(file).length > 0) throw refused(fileName, 'Die Datei nennt Nachweise, enthält aber deren Inhalt nicht. Es wurde nichts übernommen.');
  return { file, documents: new Map() };
}
