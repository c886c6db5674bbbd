/**
 * The e2e test fixture: every test gets a fresh browser context (so an empty IndexedDB) and
 * fails if the page logged an error, threw, or broke the Content-Security-Policy.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

type Fixtures = { problems: string[] }

export const test = base.extend<Fixtures>({
  problems: async ({ page }, use) => {
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await use(problems)
    expect(problems, 'the page logged errors').toEqual([])
  }
})

export { expect }

/** Runs axe-core on the page as it is and expects no WCAG 2.1 A/AA violations. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  )
  expect(summary, `accessibility of ${name}`).toEqual([])
}
