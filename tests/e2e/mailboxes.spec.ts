import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { makeMoveRequestStatisticsCsv } from '../support/mailbox-fixtures'
import { expect, expectAccessible, test } from './fixtures'
import { budget } from './support/budgets'
import { MailboxesPage, csvFile, storedMailboxCount } from './pages/mailboxes-page'

const INVENTORY = [
  'DisplayName,PrimarySmtpAddress,Alias,BatchName,Status',
  'Ann Lee,ann@contoso.com,ann,Wave 01,Completed',
  'Bob Kelly,bob@contoso.com,bob,Wave 01,InProgress',
  '"=HYPERLINK(""http://evil.example"",""Cy"")",cy@fabrikam.com,cy,Wave 02,Queued',
  '+Dee Cmd,dee@contoso.com,dee,Wave 02,Failed',
  'Eve Stone,eve@tailspintoys.com,eve,,Synced'
].join('\r\n')

/** The sample project's mailbox page with the inventory imported. */
async function withInventory(page: Page): Promise<MailboxesPage> {
  const mailboxes = new MailboxesPage(page)
  await mailboxes.openWithSample()
  await mailboxes.importFile(csvFile('inventory.csv', INVENTORY))
  return mailboxes
}

test.describe('importing and working with mailboxes', () => {
  test('a Get-MoveRequestStatistics export: preview, import, filter and sort', async ({
    page,
    problems
  }) => {
    test.setTimeout(budget(120_000))
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await expect(page.getByText(/Import a CSV exported from Get-Mailbox/)).toBeVisible()
    await expectAccessible(page, 'the empty mailbox page')

    await mailboxes.choose(csvFile('moves.csv', makeMoveRequestStatisticsCsv(400, 7)))
    const preview = mailboxes.dialog()
    await expect(preview.getByRole('heading', { name: 'Import moves.csv' })).toBeVisible()
    await expect(preview).toContainText('Get-MoveRequestStatistics export')
    await expect(mailboxes.previewCount('new')).toContainText('400')
    await expect(mailboxes.previewCount('invalid')).toContainText('0')
    await expectAccessible(page, 'the import preview')
    await preview.getByRole('button', { name: 'Import 400 rows' }).click()

    await expect(mailboxes.subtitle()).toContainText('400 mailboxes')
    await expect(
      page.getByText('Imported moves.csv: 400 new, 0 updated, 0 unchanged')
    ).toBeVisible()
    const rendered = await mailboxes.rows().count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(150)
    await expectAccessible(page, 'the mailbox table')

    // Filter by text: every row shown matches.
    await mailboxes.search().fill('kelly')
    await expect(page.getByText(/^\d+ of 400 mailboxes shown/)).toBeVisible()
    const names = await mailboxes.rows().locator('td.name').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name.toLowerCase()).toContain('kelly')

    // Filter by lifecycle with the count tiles, then clear.
    await mailboxes.lifecycleCount('Failed').click()
    for (const badge of await mailboxes.rows().locator('td.lifecycle').allTextContents())
      expect(badge.trim()).toBe('Failed')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(mailboxes.subtitle()).toContainText('400 mailboxes')

    // Sort by size: ascending, then descending.
    const sizeHeader = mailboxes.table().getByRole('columnheader', { name: 'Size' })
    await sizeHeader.getByRole('button').click()
    await expect(sizeHeader).toHaveAttribute('aria-sort', 'ascending')
    const ascending = await mailboxes.rows().locator('td.number').nth(0).textContent()
    await sizeHeader.getByRole('button').click()
    await expect(sizeHeader).toHaveAttribute('aria-sort', 'descending')
    await expect(mailboxes.rows().locator('td.number').nth(0)).not.toHaveText(ascending ?? '')
    const sizes = await mailboxes.rows().locator('td:nth-child(9)').allTextContents()
    // Sizes read “980 MiB”, “1.2 GiB”: binary units, labelled so.
    const units: Record<string, number> = {
      byte: 1,
      bytes: 1,
      KiB: 1024,
      MiB: 1024 ** 2,
      GiB: 1024 ** 3
    }
    const bytes = sizes.map((text) => {
      const [figure = '', unit = ''] = text.replaceAll(',', '').split(' ')
      expect(units, `the unit of “${text}”`).toHaveProperty([unit])
      return Number.parseFloat(figure) * (units[unit] ?? Number.NaN)
    })
    expect(bytes).toEqual([...bytes].sort((a, b) => b - a))
    expect(problems).toEqual([])
  })

  test('re-importing the same file changes nothing', async ({ page, problems }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const file = csvFile('inventory.csv', INVENTORY)
    await mailboxes.importFile(file)
    await mailboxes.choose(file)
    await expect(mailboxes.previewCount('unchanged')).toContainText('5')
    await expect(mailboxes.previewCount('new')).toContainText('0')
    await mailboxes.dialog().getByRole('button', { name: 'Cancel' }).click()
    expect(await storedMailboxCount(page)).toBe(5)
    expect(problems).toEqual([])
  })

  test('an Excel file in Windows-1252: the preview says how it was read and quotes a name', async ({
    page,
    problems
  }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const text = 'PrimarySmtpAddress,DisplayName\r\njose@contoso.com,José Müller\r\n'
    await mailboxes.choose({
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'latin1')
    })
    await expect(mailboxes.dialog()).toContainText(
      'The file is not UTF-8, so it was read as Windows-1252'
    )
    await expect(mailboxes.dialog()).toContainText('one name reads “José Müller”')
    await expectAccessible(page, 'the preview of a Windows-1252 file')
    await mailboxes.dialog().getByRole('button', { name: 'Cancel' }).click()
    expect(problems).toEqual([])
  })

  test('bulk change with shift and ctrl selection, then undo; history in the detail', async ({
    page,
    problems
  }) => {
    // Long: an import, a bulk change, its undo, the detail and the activity log.
    test.setTimeout(budget(60_000))
    const mailboxes = await withInventory(page)
    await expect(mailboxes.lifecycleCount('Completed')).toContainText('1')

    await mailboxes.row('Ann Lee').locator('td.name').click()
    await mailboxes
      .row('Cy')
      .first()
      .locator('td.name')
      .click({ modifiers: ['Shift'] })
    await mailboxes
      .row('Eve Stone')
      .locator('td.name')
      .click({ modifiers: ['Control'] })
    const bar = mailboxes.bulkBar()
    await expect(bar).toContainText('4 mailboxes selected')
    await bar.getByLabel('New lifecycle').selectOption({ label: 'Completed' })
    await bar.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByText('Changed 3 mailboxes')).toBeVisible()
    await expect(mailboxes.lifecycleCount('Completed')).toContainText('4')
    await expectAccessible(page, 'the bulk change bar')

    await bar.getByRole('button', { name: 'Undo last change' }).click()
    await expect(page.getByText('Undone: 3 mailboxes restored')).toBeVisible()
    await expect(mailboxes.lifecycleCount('Completed')).toContainText('1')

    // The detail shows the two bulk events that changed Bob's lifecycle, newest first.
    await mailboxes.row('Bob Kelly').getByRole('button', { name: 'bob@contoso.com' }).click()
    const detail = mailboxes.dialog()
    await expect(detail.getByRole('heading', { name: 'Bob Kelly' })).toBeVisible()
    const history = detail.getByRole('region', { name: 'Status history' }).getByRole('listitem')
    await expect(history.nth(0)).toContainText(
      'Undid the bulk change “3 mailboxes: lifecycle set to Completed”: 3 mailboxes restored'
    )
    await expect(history.nth(1)).toContainText(
      'Bulk change of 3 mailboxes: lifecycle set to Completed'
    )
    await expectAccessible(page, 'the mailbox detail')

    // A change in the detail is saved with its own event.
    await detail.getByLabel('Owner').fill('Diego')
    await detail.getByRole('button', { name: 'Save mailbox' }).click()
    await expect(mailboxes.row('Bob Kelly').locator('td.owner')).toHaveText('Diego')

    // The activity log holds one event per bulk change (not one per mailbox), each listing the
    // mailboxes it changed with their old and new values when expanded.
    await mailboxes.app.sidebar().getByRole('link', { name: 'Activity' }).click()
    const bulk = page
      .getByRole('listitem')
      .filter({ hasText: 'Bulk change of 3 mailboxes: lifecycle set to Completed' })
    await expect(bulk).toHaveCount(1)
    await expect(page.getByRole('listitem').filter({ hasText: /^bob@contoso\.com:/ })).toHaveCount(
      0
    )
    await bulk.getByText('Show the 3 mailboxes it changed').click()
    await expect(bulk.getByRole('listitem').filter({ hasText: 'bob@contoso.com' })).toContainText(
      'Lifecycle changed from Syncing to Completed.'
    )
    expect(problems).toEqual([])
  })

  test('keyboard: arrows move between rows, Space selects, Enter opens', async ({
    page,
    problems
  }) => {
    const mailboxes = await withInventory(page)
    await mailboxes.rows().first().focus()
    await page.keyboard.press('ArrowDown')
    await expect(mailboxes.rows().nth(1)).toBeFocused()
    await page.keyboard.press('Space')
    await expect(mailboxes.bulkBar()).toContainText('1 mailbox selected')
    await page.keyboard.press('Enter')
    await expect(mailboxes.dialog()).toBeVisible()
    expect(problems).toEqual([])
  })

  test('exports: the filtered list with formula cells neutralised, a batch as New-MigrationBatch CSV', async ({
    page,
    problems
  }) => {
    await withInventory(page)
    await page.getByLabel('Batch', { exact: true }).selectOption({ label: 'Wave 02' })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export filtered list as CSV' }).click()
    ])
    expect(download.suggestedFilename()).toMatch(
      /^contoso-hybrid-migration-mailboxes-\d{4}-\d{2}-\d{2}\.csv$/
    )
    const text = await readFile(await download.path(), 'utf8')
    const lines = text.replace(/^\ufeff/, '').split('\r\n')
    expect(lines[0]).toBe(
      '"PrimarySmtpAddress","DisplayName","Alias","Domain","Batch","Lifecycle","Status","StatusDetail","Location","Owner","SizeBytes","PercentComplete"'
    )
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(lines).toContain(
      `"cy@fabrikam.com","'=HYPERLINK(""http://evil.example"",""Cy"")","cy","fabrikam.com","Wave 02","Queued","Queued","","On-premises","","",""`
    )
    expect(lines).toContain(
      `"dee@contoso.com","'+Dee Cmd","dee","contoso.com","Wave 02","Failed","Failed","","On-premises","","",""`
    )
    expect(lines.filter((line) => line !== '')).toHaveLength(3)

    await page.getByRole('button', { name: 'Clear filters' }).click()
    const batches = page.getByRole('region', { name: 'Batches' })
    const wave1 = batches.getByRole('row').filter({ hasText: 'Wave 01' })
    await expect(wave1.getByRole('progressbar')).toHaveAttribute('value', '1')
    const [batchDownload] = await Promise.all([
      page.waitForEvent('download'),
      wave1.getByRole('button', { name: 'Export as New-MigrationBatch CSV' }).click()
    ])
    expect(await readFile(await batchDownload.path(), 'utf8')).toBe(
      '"EmailAddress"\r\n"ann@contoso.com"\r\n"bob@contoso.com"\r\n'
    )
    await expectAccessible(page, 'the batches section')
    expect(problems).toEqual([])
  })

  test('batches: add one with planned dates and move mailboxes into it', async ({
    page,
    problems
  }) => {
    const mailboxes = await withInventory(page)
    const batches = page.getByRole('region', { name: 'Batches' })
    await batches.getByRole('button', { name: 'New batch' }).click()
    const dialog = mailboxes.dialog()
    await dialog.getByLabel('Name').fill('Pilot')
    await dialog.getByLabel('Planned start').fill('2026-04-01')
    await dialog.getByLabel('Planned completion').fill('2026-03-01')
    await dialog.getByRole('button', { name: 'Add batch' }).click()
    await expect(dialog.getByText('The completion date is before the start date.')).toBeVisible()
    await expectAccessible(page, 'the batch form')
    await dialog.getByLabel('Planned completion').fill('2026-04-15')
    await dialog.getByRole('button', { name: 'Add batch' }).click()
    await expect(batches.getByRole('row').filter({ hasText: 'Pilot' })).toBeVisible()

    await mailboxes.row('Eve Stone').locator('td.name').click()
    const bar = mailboxes.bulkBar()
    await bar.getByLabel('What to change').selectOption({ label: 'Move to batch' })
    await bar.getByLabel('New batch').selectOption({ label: 'Pilot' })
    await bar.getByRole('button', { name: 'Apply' }).click()
    await expect(mailboxes.row('Eve Stone').locator('td.batch')).toHaveText('Pilot')
    const pilot = batches.getByRole('row').filter({ hasText: 'Pilot' })
    await expect(pilot.getByRole('progressbar')).toHaveAttribute('max', '1')
    expect(problems).toEqual([])
  })

  test('unknown columns: a mapping screen, remembered for the next file', async ({
    page,
    problems
  }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.choose(
      csvFile('tracker.csv', 'Mail;Who;Stage\r\nann@contoso.com;Ann Lee;Completed\r\n')
    )
    const dialog = mailboxes.dialog()
    await expect(dialog.getByRole('heading', { name: 'Which column holds what?' })).toBeVisible()
    await expect(dialog.getByLabel('Mail', { exact: true })).toHaveValue('primarySmtpAddress')
    await expectAccessible(page, 'the mapping screen')
    await dialog.getByLabel('Who', { exact: true }).selectOption('displayName')
    await dialog.getByLabel('Stage', { exact: true }).selectOption('status')
    await dialog.getByRole('button', { name: 'Read the file with these columns' }).click()
    await expect(mailboxes.previewCount('new')).toContainText('1')
    await dialog.getByRole('button', { name: 'Import 1 row' }).click()
    await expect(mailboxes.row('Ann Lee').locator('td.lifecycle')).toHaveText('Completed')

    await mailboxes.choose(
      csvFile('tracker-2.csv', 'Stage;Mail;Who\r\nQueued;bob@contoso.com;Bob Kelly\r\n')
    )
    await expect(dialog).toContainText('read with the column mapping you chose before')
    await expect(mailboxes.previewCount('new')).toContainText('1')
    expect(problems).toEqual([])
  })

  test('a file dropped on the page is imported, and the browser stays on the app', async ({
    page,
    problems
  }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const url = page.url()
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }))
      return data
    }, INVENTORY)
    const zone = page.getByRole('region', { name: /drop a CSV file here/ })
    await zone.dispatchEvent('dragover', { dataTransfer: transfer })
    await zone.dispatchEvent('drop', { dataTransfer: transfer })
    await expect(
      mailboxes.dialog().getByRole('heading', { name: 'Import dropped.csv' })
    ).toBeVisible()
    expect(page.url()).toBe(url)
    expect(problems).toEqual([])
  })
})
