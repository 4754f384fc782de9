import type yauzl from 'yauzl';
import { sniffDocument, zipDocumentType } from '../../../shared/evidence/detect-document-type';
import type { DocumentType } from '../../../shared/evidence/document-types';
import { entryData, listEntries, openZip } from '../zip/zip-reading';

/** An Office package has a few hundred parts; a document unpacks to at most this. */
const ZIP_LIMITS = { maxEntries: 5000, maxTotalBytes: 300 * 1024 * 1024, maxRatio: 200, ratioCheckFromBytes: 1024 * 1024 } as const;
const BOMB = 'Das Dokument entpackt sich zu ungewöhnlich großen Teilen und wird aus Sicherheitsgründen nicht angenommen (möglicherweise eine „Zip-Bombe“).';
const BROKEN = 'Das Dokument ist beschädigt oder unvollständig (sein Zip-Archiv lässt sich nicht lesen).';

type Inspection = { ok: true; type: DocumentType } | { ok: false; message: string };

function zipProblem(entries: readonly yauzl.Entry[]): string | null {
  if (entries.length > ZIP_LIMITS.maxEntries) return `Das Dokument besteht aus über ${ZIP_LIMITS.maxEntries} Teilen und wird aus Sicherheitsgründen nicht angenommen.`;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (total > ZIP_LIMITS.maxTotalBytes || (entry.uncompressedSize >= ZIP_LIMITS.ratioCheckFromBytes && ratio > ZIP_LIMITS.maxRatio)) return BOMB;
  }
  return null;
}

/** The document's type by its content, checked as far as deciding it needs: for zip-based formats, the package's own parts. */
export async function inspectDocument(bytes: Buffer): Promise<Inspection> {
  const sniffed = sniffDocument(bytes);
  if (sniffed.kind === 'refused') return { ok: false, message: sniffed.message };
  if (sniffed.kind === 'type') return { ok: true, type: sniffed.type };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return { ok: false, message: BROKEN };
  }
  try {
    const entries = await listEntries(zip, ZIP_LIMITS.maxEntries);
    const problem = zipProblem(entries);
    if (problem) return { ok: false, message: problem };
    if (!entries.every((entry) => entryData(bytes, entry) !== null)) return { ok: false, message: BROKEN };
    const text = (name: string) => {
      const entry = entries.find((candidate) => candidate.fileName === name);
      return entry ? (entryData(bytes, entry)?.toString('utf8') ?? null) : null;
    };
    const decided = zipDocumentType(text('[Content_Types].xml'), text('mimetype'));
    return decided.ok ? { ok: true, type: decided.type } : { ok: false, message: decided.message };
  } catch {
    return { ok: false, message: BROKEN };
  } finally {
    zip.close();
  }
}
