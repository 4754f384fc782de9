import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { ParsedInput } from '../../../shared/contract';
import type { FileOutput } from '../../../shared/contract/common';
import type { EvidenceDocument } from '../../../shared/contract/evidence';
import { EVIDENCE_CASE_LIMIT_MB, MEGABYTE, UPLOAD_LIMITS_MB } from '../../../shared/contract/limits';
import { formatGermanDecimal } from '../../../shared/domain/german-numbers';
import { safeFileStem } from '../../../shared/domain/file-names';
import { stripXmlUnsafe } from '../../../shared/domain/xml-safe-text';
import { parsePlace, PLACE_LABELS } from '../../../shared/evidence/document-places';
import { placeLabeller } from '../../../shared/evidence/place-labels';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/evidence/document-types';
import type { CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput, notFound } from '../errors';
import type { ContentStore } from './content-store';
import { inspectDocument } from './document-inspection';
import * as repo from './evidence.repository';

interface Deps {
  db: Kysely<DatabaseSchema>;
  clock: Clock;
  cases: CasesService;
  store: ContentStore;
  currentUser(): string;
}

const megabytes = (bytes: number) => `${formatGermanDecimal(bytes / MEGABYTE, 1)} MB`;
/** A name as people read it: no path, no control or direction characters. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const displayName = (name: string) => stripXmlUnsafe(name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim().slice(0, 200) || 'Dokument';

/** Whether the place names something of this case: its events and measures, its catalogue's questions and criteria, its report years. */
async function placeProblem(db: Kysely<DatabaseSchema>, caseId: string, catalogue: Catalogue, place: string): Promise<string | null> {
  const { kind, ref } = parsePlace(place);
  const exists = (found: unknown) => (found ? null : `${PLACE_LABELS[kind]} „${ref}“ gibt es in diesem Auditfall nicht.`);
  switch (kind) {
    case 'case':
    case 'resolution':
      return null;
    case 'event':
      return exists(await db.selectFrom('participation_events').select('id').where('id', '=', ref).where('case_id', '=', caseId).executeTakeFirst());
    case 'measure':
      return exists(await db.selectFrom('measures').select('id').where('id', '=', ref).where('case_id', '=', caseId).executeTakeFirst());
    case 'question':
      return exists(catalogue.questionnaire.sections.some((section) => section.questions.some((question) => question.id === ref)));
    case 'criterion':
      return exists(catalogue.scoring.fields.some((field) => field.criteria.some((criterion) => criterion.id === ref)));
    case 'certification':
      return exists(catalogue.certification.criteria.some((criterion) => criterion.id === ref));
    case 'report':
      return Number(ref) <= catalogue.implementation.yearlyReports ? null : `Einen Jahresbericht ${ref} sieht das Verfahren nicht vor (höchstens ${catalogue.implementation.yearlyReports}).`;
  }
}

/** Documents and evidence of a case: stored by content, checked by content, verified on every read. */
export function createEvidenceService({ db, clock, cases, store, currentUser }: Deps) {
  async function list(caseId: string) {
    const { catalogue } = await cases.context(caseId);
    const [rows, links, total, names] = await Promise.all([repo.findDocuments(db, caseId), repo.findLinks(db, caseId), repo.totalBytes(db, caseId), repo.placeNames(db, caseId)]);
    const labelOf = placeLabeller(catalogue, names);
    const placesOf = new Map<string, EvidenceDocument['places']>();
    for (const link of links) placesOf.set(link.document_id, [...(placesOf.get(link.document_id) ?? []), { place: link.place, label: labelOf(link.place) }]);
    return {
      caseId,
      documents: rows.map((row): EvidenceDocument => {
        const type = row.document_type as DocumentType;
        return {
          id: row.id,
          title: row.title,
          documentDate: row.document_date,
          description: row.description,
          fileName: row.file_name,
          type,
          typeLabel: DOCUMENT_TYPES[type].label,
          size: row.size,
          sha256: row.sha256,
          addedBy: row.added_by,
          addedAt: row.added_at,
          places: placesOf.get(row.id) ?? [],
        };
      }),
      totalBytes: total,
      limits: { fileMb: UPLOAD_LIMITS_MB.evidence, caseMb: EVIDENCE_CASE_LIMIT_MB },
    };
  }

  async function changeableCase(caseId: string) {
    const context = await cases.context(caseId);
    if (context.pinned.state === 'archiviert') throw new AppError('CONFLICT', 'Der Auditfall ist archiviert. Um Nachweise zu ändern, bitte zuerst aus dem Archiv holen.');
    return context;
  }

  async function documentOf(documentId: string) {
    const row = await repo.findDocument(db, documentId);
    if (!row) throw notFound('Der Nachweis wurde nicht gefunden. Vielleicht wurde er entfernt.');
    return row;
  }

  async function checkPlaces(caseId: string, catalogue: Catalogue, places: readonly string[]) {
    for (const place of places) {
      const problem = await placeProblem(db, caseId, catalogue, place);
      if (problem) throw invalidInput('places', problem);
    }
  }

  return {
    list,

    async add(input: ParsedInput<'evidence.add'>) {
      const { catalogue } = await changeableCase(input.caseId);
      const places = [...new Set(input.places)];
      await checkPlaces(input.caseId, catalogue, places);
      const bytes = Buffer.from(input.contentBase64, 'base64');
      if (bytes.length > UPLOAD_LIMITS_MB.evidence * MEGABYTE) throw invalidInput('contentBase64', `Die Datei ist mit ${megabytes(bytes.length)} zu groß (höchstens ${UPLOAD_LIMITS_MB.evidence} MB je Datei).`);
      const used = await repo.totalBytes(db, input.caseId);
      if (used + bytes.length > EVIDENCE_CASE_LIMIT_MB * MEGABYTE) {
        throw invalidInput('contentBase64', `Die Nachweise dieses Auditfalls belegen schon ${megabytes(used)}; mit dieser Datei wären es mehr als ${EVIDENCE_CASE_LIMIT_MB} MB je Auditfall.`);
      }
      const inspection = await inspectDocument(bytes);
      if (!inspection.ok) throw invalidInput('contentBase64', inspection.message);
      const sha256 = store.put(bytes);
      const fileName = displayName(input.fileName);
      const id = randomUUID();
      await repo.insertDocument(
        db,
        {
          id,
          case_id: input.caseId,
          title: input.title || fileName.replace(/\.[^.]{1,8}$/, '') || fileName,
          document_date: input.documentDate,
          description: input.description,
          file_name: fileName,
          document_type: inspection.type,
          size: bytes.length,
          sha256,
          added_by: currentUser(),
          added_at: clock.nowIso(),
        },
        places,
        randomUUID,
      );
      return { ...(await list(input.caseId)), savedId: id };
    },

    async link({ documentId, place }: ParsedInput<'evidence.link'>) {
      const row = await documentOf(documentId);
      const { catalogue } = await changeableCase(row.case_id);
      await checkPlaces(row.case_id, catalogue, [place]);
      await repo.addLink(db, { id: randomUUID(), documentId, place, now: clock.nowIso() });
      return list(row.case_id);
    },

    async unlink({ documentId, place }: ParsedInput<'evidence.unlink'>) {
      const row = await documentOf(documentId);
      await changeableCase(row.case_id);
      await repo.removeLink(db, documentId, place);
      return list(row.case_id);
    },

    async read(documentId: string): Promise<FileOutput> {
      const row = await documentOf(documentId);
      const content = store.get(row.sha256);
      if (!content.ok) {
        throw new AppError(
          'CONFLICT',
          content.problem === 'missing'
            ? `Der Inhalt des Nachweises „${row.title}“ fehlt im Datenordner. Bitte aus einer Sicherung wiederherstellen oder erneut beifügen.`
            : `Der Inhalt des Nachweises „${row.title}“ stimmt nicht mehr mit seiner Prüfsumme überein und wird nicht geöffnet. Bitte aus einer Sicherung wiederherstellen oder erneut beifügen.`,
        );
      }
      const type = row.document_type as DocumentType;
      return { fileName: `${safeFileStem(row.file_name.replace(/\.[^.]{1,8}$/, ''), 'Nachweis')}.${DOCUMENT_TYPES[type].extension}`, contentBase64: content.bytes.toString('base64') };
    },

    async remove(documentId: string) {
      const row = await documentOf(documentId);
      await changeableCase(row.case_id);
      await repo.deleteDocument(db, documentId);
      if (!(await repo.isHashReferenced(db, row.sha256))) store.remove(row.sha256);
      return list(row.case_id);
    },

    /** At start: what interrupted adds left behind and what no document needs any more. */
    async collectGarbage(): Promise<number> {
      return store.removeUnreferenced(await repo.referencedHashes(db));
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
