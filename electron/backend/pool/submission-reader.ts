import { createHash } from 'node:crypto';
import { readWorkbook, type WorkbookReader } from '../xlsx/read-workbook';
import { CHECKSUM_METHODS, sheetsChecksum, signedText, type ChecksumMethod, type ChecksumSheet } from '../xlsx/assessment-checksum';
import { fingerprintOf, signatureValid } from '../signing/installation-key';
import { submissionSchema, type Submission } from '../../../shared/contract/pool';
import { sheetFacts } from './submission-facts';
import { checksumSheetOf, labelledLinesOf, textOf } from './workbook-sheets';

type SubmissionRead = { ok: true; submission: Submission; fileSha256: string } | { ok: false; message: string };

const COVER = 'Deckblatt';
const META = 'Metadaten';
const REQUIRED_META = ['App-Version', 'Katalog-ID', 'Katalog-Version', 'Exportiert am', 'Auditfall-ID', 'Prüfsumme (SHA-256)'] as const;
const NOT_TAKEN = 'Es wurde nichts übernommen.';

function refuse(message: string): SubmissionRead {
  return { ok: false, message: `${message} ${NOT_TAKEN}` };
}

function metadataOf(sheet: ChecksumSheet): Map<string, string> {
  // The header row is Schlüssel | Wert; every row below is one entry.
  return new Map(sheet.rows.map((row) => [textOf(row[0]), textOf(row[1])]));
}

function signatureProblem(meta: Map<string, string>, method: ChecksumMethod, facts: Parameters<typeof signedText>[0]): string | null {
  const signature = meta.get('Signatur (Ed25519)') ?? '';
  const fingerprint = meta.get('Schlüssel-Fingerabdruck (SHA-256)') ?? '';
  const publicKey = meta.get('Öffentlicher Schlüssel (Ed25519)') ?? '';
  if (signature === '' && fingerprint === '' && publicKey === '') {
    return method === 'json-1' ? null : 'Die Arbeitsmappe trägt keine Signatur, obwohl ihre App-Version signiert; die Signaturangaben wurden entfernt.';
  }
  if (fingerprintOf(publicKey) !== fingerprint) return 'Der Fingerabdruck in den Metadaten gehört nicht zum mitgelieferten Schlüssel.';
  if (!signatureValid(publicKey, signedText(facts), signature)) {
    return 'Die Signatur ist ungültig: Die Arbeitsmappe wurde nach dem Export verändert oder mit einem anderen Schlüssel versehen, auch wenn die Prüfsumme stimmt.';
  }
  return null;
}

/**
 * Reads one assessment workbook for the pool: the questionnaire import's file checks, then its
 * metadata, the checksum over the data sheets, the signature, and the facts under the
 * submission schema. Anything that does not hold refuses the whole workbook.
 */
export async function readSubmission(bytes: Buffer, reader?: WorkbookReader): Promise<SubmissionRead> {
  const read = await readWorkbook(bytes, { headerMarkers: [], keepColumns: [], fullSheets: [], allSheets: true, keepEmptyText: true }, reader);
  if (!read.ok) return refuse(read.message);
  const extracted = new Map(read.workbook.sheets.map((sheet) => [sheet.name, sheet]));
  const metaSheet = extracted.get(META);
  if (!metaSheet) return refuse('Die Datei ist keine Gutachten-Arbeitsmappe: das Blatt „Metadaten“ fehlt.');
  const truncated = read.workbook.sheets.find((sheet) => sheet.truncated);
  if (truncated) return refuse(`Das Blatt „${truncated.name}“ hat mehr Zeilen, als eine Gutachten-Arbeitsmappe haben kann.`);
  const meta = metadataOf(checksumSheetOf(metaSheet));
  const missing = REQUIRED_META.filter((key) => !meta.get(key));
  if (missing.length > 0) return refuse(`In den Metadaten fehlt ${missing.map((key) => `„${key}“`).join(', ')}; die Datei ist keine vollständige Gutachten-Arbeitsmappe.`);

  const method = meta.get('Prüfsummen-Verfahren') ?? 'json-1';
  if (!(CHECKSUM_METHODS as readonly string[]).includes(method)) {
    return refuse(`Das Prüfsummen-Verfahren „${method}“ ist unbekannt; die Arbeitsmappe stammt wohl von einer neueren Version von Familienaudit. Bitte die Verbandsauswertung aktualisieren.`);
  }
  const checksumMethod = method as ChecksumMethod;
  const listed = meta.get('Datenblätter');
  const dataSheetNames = listed ? listed.split(';').map((name) => name.trim()).filter((name) => name !== '') : read.workbook.sheets.map((sheet) => sheet.name).filter((name) => name !== COVER && name !== META);
  const absent = dataSheetNames.filter((name) => !extracted.has(name));
  if (absent.length > 0) return refuse(`Das Datenblatt ${absent.map((name) => `„${name}“`).join(', ')} fehlt; die Arbeitsmappe wurde nach dem Export verändert.`);
  const sheets = new Map(dataSheetNames.map((name) => [name, checksumSheetOf(extracted.get(name)!)] as const));
  const checksum = meta.get('Prüfsumme (SHA-256)')!;
  if (sheetsChecksum([...sheets.values()], checksumMethod) !== checksum) {
    return refuse('Die Arbeitsmappe wurde nach dem Export verändert: die Prüfsumme über die Datenblätter stimmt nicht. Bitte beim Auditor eine neu exportierte Arbeitsmappe anfordern.');
  }
  const signed = {
    appVersion: meta.get('App-Version')!,
    catalogueId: meta.get('Katalog-ID')!,
    catalogueVersion: meta.get('Katalog-Version')!,
    caseId: meta.get('Auditfall-ID')!,
    exportedAt: meta.get('Exportiert am')!,
    checksumMethod,
    checksum,
  };
  const problem = signatureProblem(meta, checksumMethod, signed);
  if (problem) return refuse(problem);

  const cover = extracted.get(COVER);
  const facts = sheetFacts(sheets, cover ? labelledLinesOf(cover) : []);
  const publicKey = meta.get('Öffentlicher Schlüssel (Ed25519)') ?? '';
  const parsed = submissionSchema.safeParse({
    caseId: signed.caseId,
    exportedAt: signed.exportedAt,
    appVersion: signed.appVersion,
    catalogueId: signed.catalogueId,
    catalogueVersion: Number(signed.catalogueVersion),
    catalogueName: (typeof facts.register.catalogueName === 'string' && facts.register.catalogueName) || signed.catalogueId,
    checksumMethod,
    checksum,
    signature: publicKey ? { fingerprint: meta.get('Schlüssel-Fingerabdruck (SHA-256)'), publicKey } : null,
    register: facts.register,
    fieldScores: facts.fieldScores,
    criteria: facts.criteria,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`Die Angaben der Arbeitsmappe sind nicht stimmig (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unbekannt'}).`);
  }
  return { ok: true, submission: parsed.data, fileSha256: createHash('sha256').update(bytes).digest('hex') };
}
