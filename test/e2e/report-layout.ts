import type { Page } from '@playwright/test';

/**
 * Lays the report out as printed on A4 (210 mm less the margins) and returns what would not fit:
 * tables wider than the page, and words in tables split across two lines (after a hyphen is fine).
 */
export async function printedReportProblems(page: Page): Promise<{ clippedTables: number; brokenWords: string[] }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 });
  const clippedTables = (await page.evaluate(
    `[...document.querySelectorAll('.report-table')].filter((table) => table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().right > document.querySelector('.report').getBoundingClientRect().right + 1).length`,
  )) as number;
  // Each part of a word lies on one line box when its range has a single top.
  const brokenWords = (await page.evaluate(`(() => {
    const broken = [];
    for (const cell of document.querySelectorAll('.report-table td, .report-table th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/[^\\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  })()`)) as string[];
  return { clippedTables, brokenWords };
}
