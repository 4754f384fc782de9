import { Document, Packer, Paragraph, Table, TableCell, TableRow, type FileChild } from 'docx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { conceptOutlineOf } from '../shared/catalogue/concept-outline';
import type { ConceptBlock } from '../shared/concept/concept-blocks';
import { conceptDocument } from '../shared/concept/concept-document';
import { typedInvoke } from '../shared/contract/invoke';
import { measurePair, type Measurement } from './bench-table';
import { createFullAssessmentCase, FULL_CASE_MEASURES } from './data/full-assessment-case';
import { succeedingCall } from './data/succeeding-call';

/** The same paragraphs and tables as bare docx objects: no styles, no numbering, no chart, no table of contents. */
function bare(block: ConceptBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item }));
    case 'table':
      return [new Table({ rows: [block.columns.map((column) => column.title), ...block.rows].map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph({ text })] })) })) })];
    case 'profileChart':
      return [];
  }
}

/** The Strategiekonzept of a full case (every question answered, 45 measures, the chart), against docx packing its content alone. */
export async function benchConceptExport(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-concept-'));
  const backend = await createBackend({ dataDir });
  try {
    const call = succeedingCall(typedInvoke(backend.dispatch));
    const caseId = await createFullAssessmentCase(call);
    const detail = await call('cases.get', { id: caseId });
    const catalogue = await call('catalogues.get', { id: detail.catalogueId, version: detail.catalogueVersion });
    const content = conceptDocument({
      outline: conceptOutlineOf(catalogue),
      detail,
      questionnaire: await call('questionnaire.get', { caseId }),
      scoring: await call('scoring.get', { caseId }),
      participation: await call('participation.get', { caseId }),
      participationSummary: await call('participation.summary', { caseId }),
      agreement: await call('goals.get', { caseId }),
      documents: [],
      version: { number: 1, date: '2026-12-04' },
    });
    const pair = await measurePair(
      9,
      () => call('concept.export', { caseId }),
      () => Packer.toBuffer(new Document({ sections: [{ children: content.blocks.flatMap(bare) }] })),
    );
    return [
      { operation: 'Word: docx packt dieselben Absätze und Tabellen (roh)', medianMs: pair.raw.median, worstMs: pair.raw.worst, budgetMs: null, ratio: null, ratioBudget: null },
      {
        operation: `Word: Strategiekonzept exportieren (voller Fall, ${FULL_CASE_MEASURES} Maßnahmen, Profildiagramm)`,
        medianMs: pair.ours.median,
        worstMs: pair.ours.worst,
        budgetMs: 1000,
        ratio: pair.ours.median / pair.raw.median,
        ratioBudget: null,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
