import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ConceptBlock, ConceptDocument } from '../../../shared/concept/concept-blocks';

/** A4 portrait in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BULLETS = 'concept-bullets';
const CHART = { width: 560, height: 420 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

/** Text with its line breaks kept as breaks within the paragraph. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function cell(text: string, widthPercent: number, options: { header?: boolean; numeric?: boolean; total?: boolean }): TableCell {
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF5' } } : {}),
    children: [new Paragraph({ alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { after: 0 }, children: runs(text, { bold: Boolean(options.header || options.total), size: 16 }) })],
  });
}

function table(block: Extract<ConceptBlock, { kind: 'table' }>): FileChild[] {
  const widths = block.columns.map((column) => column.width);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((column, index) => cell(column.title, widths[index]!, { header: true, numeric: column.numeric ?? false })) });
  const row = (values: readonly string[], total: boolean) =>
    new TableRow({ cantSplit: true, children: block.columns.map((column, index) => cell(values[index] ?? '', widths[index]!, { numeric: column.numeric ?? false, total })) });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: runs(block.caption, { italics: true, size: 18, color: '555555' }) }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths.map((width) => Math.round((TEXT_WIDTH * width) / 100)),
      layout: TableLayoutType.FIXED,
      rows: [header, ...block.rows.map((values) => row(values, false)), ...(block.totals ? [row(block.totals, true)] : [])],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function blockToWord(block: ConceptBlock, chartPng: Buffer | null): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, pageBreakBefore: block.level === 1, children: runs(block.text) })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [...(block.lead ? [...runs(block.lead, { bold: true }), new TextRun({ text: '', break: 1 })] : []), ...runs(block.text, block.note ? { italics: true, color: '555555' } : {})],
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(item) }));
    case 'table':
      return table(block);
    case 'profileChart':
      if (!chartPng) return [];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new ImageRun({ type: 'png', data: chartPng, transformation: CHART, altText: { name: 'Stärken-Schwächen-Profil', title: 'Stärken-Schwächen-Profil', description: block.altText } })],
        }),
      ];
  }
}

function titlePage(document: ConceptDocument): FileChild[] {
  const page = document.titlePage;
  return [
    new Paragraph({ spacing: { before: 2_400, after: 240 }, children: runs(page.title, { bold: true, size: 52, color: '1F3A5F' }) }),
    ...(page.motto ? [new Paragraph({ spacing: { after: 240 }, children: runs(`„${page.motto}“`, { italics: true, size: 32 }) })] : []),
    new Paragraph({ spacing: { before: 480, after: 240 }, children: runs(page.municipality, { bold: true, size: 36 }) }),
    ...page.lines.map((line) => new Paragraph({ spacing: { after: 80 }, children: runs(line, { size: 24 }) })),
    new Paragraph({ spacing: { before: 480 }, children: runs(page.version, { bold: true, size: 24 }) }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The council's document as a Word file: heading styles, a table of contents, tables with repeated header rows, "Seite x von y". */
export function conceptDocx(document: ConceptDocument, chartPng: Buffer | null): Promise<Buffer> {
  const word = new Document({
    creator: 'Familienaudit',
    title: document.documentTitle,
    description: document.titlePage.version,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'de-DE' } }, paragraph: { spacing: { after: 80 } } },
        title: { run: { size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 0, after: 200 } } },
        heading2: { run: { size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { run: { size: 22, bold: true, color: '2E5A88' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    numbering: {
      config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: [
          ...titlePage(document),
          ...(document.blocks.some((block) => block.kind === 'heading')
            ? [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(document.contentsHeading) }), new TableOfContents(document.contentsHeading, { hyperlink: true, headingStyleRange: '1-2' })]
            : []),
          ...document.blocks.flatMap((block) => blockToWord(block, chartPng)),
        ],
      },
    ],
  });
  return Packer.toBuffer(word);
}
