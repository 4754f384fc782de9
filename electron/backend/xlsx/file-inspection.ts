import type yauzl from 'yauzl';
import { checkEntryData, listEntries, openZip } from '../zip/zip-reading';
import { WORKBOOK_LIMITS as LIMITS } from './limits';

type Inspection = { ok: true } | { ok: false; message: string };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function refuse(message: string): Inspection {
  return { ok: false, message };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Decides whether a file may be handed to the spreadsheet parser at all: it must be an xlsx
 * (a zip with a workbook), not an old .xls or an encrypted workbook, and its parts must stay
 * within size, count and compression-ratio limits (zip bombs, giant shared-strings tables).
 */
export async function inspectWorkbookFile(bytes: Buffer): Promise<Inspection> {
  if (bytes.length === 0) return refuse('Die Datei ist leer.');
  if (bytes.length > LIMITS.maxFileBytes) return refuse(`Die Datei ist mit ${megabytes(bytes.length)} zu groß (höchstens ${megabytes(LIMITS.maxFileBytes)}).`);
  if (bytes.subarray(0, 8).equals(OLE2_MAGIC)) {
    return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))
      ? refuse('Die Arbeitsmappe ist mit einem Kennwort geschützt. Bitte den Kennwortschutz in Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut speichern.')
      : refuse('Die Datei ist im alten Excel-Format (.xls). Bitte in Excel oder LibreOffice als „Excel-Arbeitsmappe (.xlsx)“ speichern.');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) return refuse('Die Datei ist keine Excel-Arbeitsmappe (.xlsx).');

  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return refuse('Die Datei ist beschädigt oder unvollständig (das Zip-Archiv lässt sich nicht lesen). Vielleicht wurde sie nicht vollständig übertragen.');
  }
  try {
    const entries = await listEntries(zip, LIMITS.maxEntries);
    if (entries.length > LIMITS.maxEntries) return refuse(`Die Arbeitsmappe besteht aus über ${LIMITS.maxEntries} Teilen und wird aus Sicherheitsgründen nicht geöffnet.`);
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
      return refuse('Die Datei ist ein Zip-Archiv, aber keine Excel-Arbeitsmappe (.xlsx).');
    }
    let total = 0;
    for (const entry of entries) {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      const tooBig = entry.uncompressedSize > (entry.fileName === 'xl/sharedStrings.xml' ? LIMITS.maxSharedStringsBytes : LIMITS.maxEntryBytes);
      if (tooBig || total > LIMITS.maxTotalBytes || (entry.uncompressedSize >= LIMITS.ratioCheckFromBytes && ratio > LIMITS.maxRatio)) {
        return refuse(
          `Die Arbeitsmappe enthält einen ungewöhnlich großen Teil (${entry.fileName}, entpackt ${megabytes(entry.uncompressedSize)}). ` +
            'Sie wird aus Sicherheitsgründen nicht geöffnet (möglicherweise eine „Zip-Bombe“).',
        );
      }
    }
    if (!entries.every((entry) => checkEntryData(bytes, entry))) {
      return refuse('Die Datei ist beschädigt: ein Teil des Zip-Archivs lässt sich nicht entpacken oder ist größer als angegeben.');
    }
    return { ok: true };
  } catch {
    return refuse('Die Datei ist beschädigt: ein Teil des Zip-Archivs lässt sich nicht entpacken oder ist größer als angegeben.');
  } finally {
    zip.close();
  }
}
