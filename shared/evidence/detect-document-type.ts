import { ACCEPTED_TYPES_TEXT, type DocumentType } from './document-types';

/** What the first look at a file's bytes finds: a type, a zip whose parts decide, or a refusal in German. */
type Sniffed = { kind: 'type'; type: DocumentType } | { kind: 'zip' } | { kind: 'refused'; message: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const PDF = ascii('%PDF-');
const PDF_END = ascii('%%EOF');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const JPEG = [0xff, 0xd8, 0xff];
const JPEG_END = [0xff, 0xd9];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The end-of-central-directory record of a zip archive. */
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];

/** Programs and scripts by their first bytes: Windows, Linux, macOS executables, scripts. */
const EXECUTABLES: readonly (readonly number[])[] = [ascii('MZ'), [0x7f, 0x45, 0x4c, 0x46], [0xcf, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf], [0xca, 0xfe, 0xba, 0xbe], ascii('#!')];

/** Whether `signature` occurs in the last `window` bytes. */
function inTail(bytes: Uint8Array, signature: readonly number[], window: number): boolean {
  for (let at = bytes.indexOf(signature[0]!, Math.max(0, bytes.length - window)); at !== -1; at = bytes.indexOf(signature[0]!, at + 1)) {
    if (startsWith(bytes, signature, at)) return true;
  }
  return false;
}

/** Where zip readers look for an archive's directory: its end record lies within the last 64 KB. */
const ZIP_DIRECTORY_WINDOW = 65_557;

/** Plain text: UTF-8 (or Windows-1252) throughout, no NUL and hardly any other control characters, and not markup a viewer would run (HTML, SVG, XML). */
function plainTextProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Text saved by older Windows programs: Windows-1252, with none of the bytes it leaves undefined.
    if (bytes.some((byte) => byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d)) return `Die Datei ist keine erlaubte Dokumentart (${ACCEPTED_TYPES_TEXT}).`;
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (text.includes('\u0000') || controls > text.length / 100) return `Die Datei ist keine erlaubte Dokumentart (${ACCEPTED_TYPES_TEXT}).`;
  if (/^\uFEFF?\s*</.test(text) && /<(svg|html|script|\?xml|!doctype)\b/i.test(text.slice(0, 4096))) {
    return 'Die Datei enthält HTML-, SVG- oder XML-Auszeichnung und wird nicht angenommen. Bitte als PDF oder Bild (PNG, JPEG) beifügen.';
  }
  return null;
}

/**
 * The type of a document by its content. A file is one thing only: a PDF or image that also
 * carries a zip archive (a polyglot) is refused, as is anything that starts like a program.
 */
export function sniffDocument(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'refused', message: 'Die Datei ist leer.' };
  if (EXECUTABLES.some((signature) => startsWith(bytes, signature))) {
    return { kind: 'refused', message: 'Die Datei ist ein Programm oder Skript und wird nicht angenommen, gleich wie sie heißt.' };
  }
  if (startsWith(bytes, ZIP)) return { kind: 'zip' };
  const image = startsWith(bytes, PDF) ? 'pdf' : startsWith(bytes, PNG) ? 'png' : startsWith(bytes, JPEG) ? 'jpeg' : null;
  if (image) {
    if (inTail(bytes, ZIP_END, ZIP_DIRECTORY_WINDOW)) {
      return { kind: 'refused', message: 'Die Datei ist zugleich ein Dokument und ein Zip-Archiv („Polyglott“) und wird aus Sicherheitsgründen nicht angenommen.' };
    }
    const complete = inTail(bytes, image === 'pdf' ? PDF_END : image === 'png' ? PNG_END : JPEG_END, 1024);
    if (!complete) return { kind: 'refused', message: `Die Datei ist unvollständig (das Ende des ${image === 'pdf' ? 'PDF' : 'Bildes'} fehlt). Vielleicht wurde sie nicht vollständig übertragen.` };
    return { kind: 'type', type: image };
  }
  const problem = plainTextProblem(bytes);
  return problem ? { kind: 'refused', message: problem } : { kind: 'type', type: 'text' };
}

const OOXML_MAIN: Readonly<Record<string, DocumentType>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
};
const ODF_MIMETYPES: Readonly<Record<string, DocumentType>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/**
 * A zip-based document by its package: an Office Open XML package names its main part in
 * `[Content_Types].xml`, an OpenDocument file its type in the `mimetype` entry. Macro-enabled
 * packages and any other archive are refused.
 */
export function zipDocumentType(contentTypesXml: string | null, odfMimetype: string | null): { ok: true; type: DocumentType } | { ok: false; message: string } {
  if (odfMimetype !== null) {
    const type = ODF_MIMETYPES[odfMimetype.trim()];
    return type ? { ok: true, type } : { ok: false, message: `Die OpenDocument-Datei ist weder Text noch Tabelle (${ACCEPTED_TYPES_TEXT}).` };
  }
  if (contentTypesXml === null) return { ok: false, message: `Die Datei ist ein Zip-Archiv, aber kein Office-Dokument (${ACCEPTED_TYPES_TEXT}).` };
  if (/macroEnabled|vbaProject/i.test(contentTypesXml)) return { ok: false, message: 'Das Dokument enthält Makros und wird nicht angenommen. Bitte ohne Makros speichern (.docx oder .xlsx).' };
  const main = [...contentTypesXml.matchAll(/ContentType="([^"]+)"/g)].map((match) => OOXML_MAIN[match[1]!]).find(Boolean);
  return main ? { ok: true, type: main } : { ok: false, message: `Das Office-Dokument ist weder ein Word-Dokument noch eine Excel-Arbeitsmappe (${ACCEPTED_TYPES_TEXT}).` };
}
