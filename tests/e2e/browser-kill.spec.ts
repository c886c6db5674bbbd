import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, reportCspViolations, test, watchProblems } from './fixtures'
import { budget } from './support/budgets'
import { MailboxesPage } from './pages/mailboxes-page'
import { differences, tableStates } from './support/idb-faults'
import {
  closeOwnChromium,
  launchOwnChromium,
  waitForProcessGroupToEnd,
  type OwnChromium
} from './support/own-chromium'

const ROWS = 100_000

/**
 * A plain inventory export of `count` mailboxes (4 MB for 100,000). Small on purpose: files go to
 * a browser driven over CDP through the protocol, and a 40 MB export takes too long to send.
 */
function inventoryCsv(count: number): string {
  const lines = ['PrimarySmtpAddress,DisplayName,Status']
  for (let i = 0; i < count; i += 1) {
    const number = String(i).padStart(6, '0')
    lines.push(`user${number}@contoso.com,User ${number},Queued`)
  }
  return `${lines.join('\r\n')}\r\n`
}

/** What the `problems` fixture checks, for pages of a browser this test starts itself. */
async function watchOwnPage(page: Page, problems: string[]): Promise<void> {
  watchProblems(page, problems)
  await page.addInitScript(reportCspViolations)
}

/** A page of the app's origin that runs no app code, to read IndexedDB as the kill left it. */
async function blankPage(own: OwnChromium, origin: string): Promise<Page> {
  const context = own.browser.contexts()[0] ?? (await own.browser.newContext())
  const page = await context.newPage()
  await page.route('**/fault-check.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Fault check</title>' })
  )
  await page.goto(new URL('fault-check.html', origin).href)
  return page
}

test('SIGKILL of the browser mid-import: relaunched on the same profile, all rows or none', async ({
  baseURL
}, testInfo) => {
  test.setTimeout(budget(120_000))
  const origin = baseURL ?? ''
  const profile = await mkdtemp(join(tmpdir(), 'tracker-kill-'))
  const path = testInfo.outputPath('inventory-100k.csv')
  await writeFile(path, inventoryCsv(ROWS))
  const problems: string[] = []
  let own: OwnChromium | null = null
  try {
    own = await launchOwnChromium(profile)
    const context = own.browser.contexts()[0]
    if (context === undefined) throw new Error('The browser has no default context.')
    const page = await context.newPage()
    await watchOwnPage(page, problems)
    await page.setViewportSize({ width: 1360, height: 860 })
    // The default context (the one on the profile) has no baseURL: the steps of
    // MailboxesPage.openWithSample, with the address in full.
    await page.goto(origin)
    const mailboxes = new MailboxesPage(page)
    await mailboxes.app.openSample()
    await mailboxes.app.sidebar().getByRole('link', { name: 'Mailboxes' }).click()
    await page.getByRole('heading', { name: 'No mailboxes yet' }).waitFor()
    const before = await tableStates(page)

    await mailboxes.choose(path)
    await mailboxes
      .dialog()
      .getByRole('button', { name: 'Import 100,000 rows' })
      .click({ timeout: budget(60_000) })
    // The progress bar moves only from inside the write transaction, after rows were written;
    // with most rows still to write, the transaction cannot have committed.
    const written = await page.waitForFunction(
      (total) => {
        const bar = document.querySelector<HTMLProgressElement>('[role="status"] progress[value]')
        return bar !== null && bar.max === total && bar.value > 0 && bar.value <= total * 0.6
          ? bar.value
          : null
      },
      ROWS,
      { polling: 10, timeout: budget(60_000) }
    )
    const rowsWritten = Number(await written.jsonValue())
    const pid = own.process.pid
    if (pid === undefined) throw new Error('The browser has no process id.')
    own.process.kill('SIGKILL')
    own = null
    expect(await waitForProcessGroupToEnd(pid), 'every process of the killed browser ended').toBe(
      true
    )
    testInfo.annotations.push({
      type: 'outcome',
      description: `killed after ${rowsWritten} of ${ROWS} rows were written`
    })

    own = await launchOwnChromium(profile)
    const check = await blankPage(own, origin)
    await watchOwnPage(check, problems)
    const after = await tableStates(check)
    expect([0, ROWS]).toContain(after.mailboxes?.count)
    // Killed with rows still to write: the import left nothing, and every table is as before.
    expect(differences(after, before), 'every table as before the import').toEqual({})

    const next = await check.context().newPage()
    await watchOwnPage(next, problems)
    await next.goto(origin)
    await next.getByRole('link', { name: /Contoso hybrid migration/ }).click()
    await next.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
    expect(problems).toEqual([])
  } finally {
    if (own !== null) await closeOwnChromium(own)
    await rm(profile, { recursive: true, force: true })
  }
})
