// The project the dashboard and report benchmarks measure: the sample project grown to 100,000
// mailboxes in 8 batches, 20 domains and 90 days of history, written straight into IndexedDB.
import { seedDashboardData } from '../support/dashboard-seed.mjs'

export const PROJECT_HEADING = 'Contoso hybrid migration'

/**
 * Opens the sample project in `page` (a fresh one: empty IndexedDB) and seeds it. The page is not
 * reloaded: live queries do not see the seeded rows until it is.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @returns {Promise<string>} the project's id
 */
export async function openProject100k(page, baseUrl) {
  await page.goto(baseUrl)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await page.getByRole('heading', { level: 1, name: PROJECT_HEADING }).waitFor()
  const { projectId } = await seedDashboardData(page, {
    mailboxes: 100_000,
    days: 90,
    batches: 8,
    domains: 20
  })
  return projectId
}
