import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The impacts that fail the suite; minor and moderate findings are left to review. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now and records every serious or critical violation, with its rule id, help text and
 * the selectors of the offending elements, as a soft failure: one run lists the findings of every page it visits.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const findings = results.violations
    .filter((violation) => violation.impact && FAILING_IMPACTS.has(violation.impact))
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> ')}`);
      return [`${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`, ...targets].join('\n');
    });
  expect.soft(findings.length, `axe: serious/critical violations on ${label}:\n${findings.join('\n')}`).toBe(0);
}
