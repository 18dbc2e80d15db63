import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts that fail a test: what stops or seriously hinders a person using a keyboard or a screen reader. */
const FAILING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** One line per element at fault: the rule, its impact, the element's selector and what axe says to fix. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `- ${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`,
      ),
    )
    .join('\n');
}

/**
 * Puts axe-core in the page once. Evaluated through the DevTools protocol, so the page's Content-Security-Policy
 * (no inline script) allows it, where a script tag would be blocked.
 */
export async function loadAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
}

/**
 * The serious and critical violations axe-core finds on the page as it is now, once no list is loading: a list
 * keeps its previous rows dimmed while the next view loads (on purpose, for a moment), which is not the screen to judge.
 */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]:not(button):not(input)'), null, {
    timeout: 15_000,
  });
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const results = await run.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String),
        failureSummary: node.failureSummary ?? '',
      })),
    }));
  });
  return violations.filter((violation) => violation.impact !== null && FAILING.has(violation.impact));
}

/**
 * Fails with a readable list when the page as it is now has a serious or critical accessibility violation. The
 * navigation helpers call it on every screen they open, so each end-to-end test checks the screens it visits;
 * a test calls it itself for a state worth checking (a dialog open, a refusal shown). `where` names the state.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `Accessibility (axe-core) on ${where} (${page.url().replace(/^[^#]*/, '') || '/'}):\n${describeViolations(violations)}`,
    );
  }
}
