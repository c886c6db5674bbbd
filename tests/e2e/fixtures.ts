/**
 * The e2e test fixture: every test gets a fresh browser context (so an empty IndexedDB) and
 * fails if a page of it logged an error, threw, or broke the Content-Security-Policy.
 *
 * `problems` is an automatic fixture: it watches every test, whether or not the test asks for it,
 * so a new spec cannot forget it. A test asks for it only to check midway (`expect(problems)`).
 * It watches every page the context opens (a page reopened after a crash, a second tab), not
 * only the first one.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'
import { AXE_CHECK_BUDGET } from './support/budgets'

type Fixtures = { problems: string[] }

/** Records what `problems` fails a test on, for one page. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
}

/** Makes a CSP violation a console error, which `watchProblems` records. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
  })
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ context, page }, use) => {
      const problems: string[] = []
      await context.addInitScript(reportCspViolations)
      // `page` is asked for so that it exists by now: it is one of `context.pages()`.
      for (const open of [page, ...context.pages().filter((other) => other !== page)])
        watchProblems(open, problems)
      context.on('page', (opened) => watchProblems(opened, problems))
      await use(problems)
      expect(problems, 'the pages logged errors').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }

/** Runs axe-core on the page as it is and expects no WCAG 2.1 A/AA violations. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Each check brings its own time, so a test with four checks is not short of time for the rest.
  test.info().setTimeout(test.info().timeout + AXE_CHECK_BUDGET)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  )
  expect(summary, `accessibility of ${name}`).toEqual([])
}
