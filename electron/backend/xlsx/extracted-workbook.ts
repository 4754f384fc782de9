import type { CellContent } from '../../../shared/questionnaire/workbook-cells';

/** What the reader worker hands back: cell contents only, no exceljs objects. */
export interface ExtractedSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Merged ranges such as "G5:H5". */
  merges: string[];
  truncated: boolean;
  rows: { number: number; cells: { column: number; content: CellContent }[] }[];
}

export interface ExtractedWorkbook {
  sheets: ExtractedSheet[];
}
