/** How the app's workbooks print: on A4, as wide as one page and as long as needed. */
export const PRINT_ONE_PAGE_WIDE = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
/** Narrow margins (inches) so that a wide table keeps a readable scale. */
export const NARROW_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;

const LINE_HEIGHT_POINTS = 15;
const MAX_LINES = 12;

/**
 * Spreadsheet programs do not always fit a row to wrapped text when they open a file, so each row
 * gets the height its longest text needs: about one character per unit of column width.
 */
export function wrappedRowHeight(row: readonly unknown[], widths: readonly number[]): number {
  const lines = row.map((cell, index) => {
    if (typeof cell !== 'string' || cell === '') return 1;
    const perLine = Math.max(1, Math.floor(widths[index] ?? 10));
    return cell.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return LINE_HEIGHT_POINTS * Math.min(MAX_LINES, Math.max(1, ...lines));
}
