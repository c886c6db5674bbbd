import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { MailboxesPage, csvFile } from './pages/mailboxes-page'
import { installFakeShell, shellCalls } from './pages/fake-shell'

const FILE = csvFile(
  'inventory.csv',
  'PrimarySmtpAddress,DisplayName,Status\r\nann@contoso.com,Ann Lee,Completed\r\nbob@contoso.com,Bob Kelly,Queued\r\n'
)

/** The mailboxes table of an automatic backup the fake shell holds. */
async function backedUpMailboxes(page: Page, name: string): Promise<unknown[]> {
  const text = await page.evaluate(
    (file) =>
      (
        window as unknown as { api: { readBackup(args: { name: string }): Promise<string> } }
      ).api.readBackup({ name: file }),
    name
  )
  const backup = JSON.parse(text) as { tables: Record<string, unknown[]> }
  return backup.tables.mailboxes ?? []
}

test.describe('in the desktop app (its shell faked in the page)', () => {
  test('an import first writes a before-import backup of the data as it was', async ({
    page,
    problems
  }) => {
    await installFakeShell(page, { canary: null, files: [] })
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.importFile(FILE)
    await expect(mailboxes.subtitle()).toContainText('2 mailboxes')

    const automatic = await page.evaluate(() =>
      (
        window as unknown as {
          api: { listBackups(): Promise<{ name: string; reason: string }[]> }
        }
      ).api.listBackups()
    )
    const before = automatic.find((file) => file.reason === 'before-import')
    expect(before, 'a before-import backup').toBeDefined()
    // Written before the rows: it holds the project without the imported mailboxes.
    expect(await backedUpMailboxes(page, before?.name ?? '')).toEqual([])
    expect(
      (await shellCalls(page)).filter(([, reason]) => reason === 'before-import')
    ).toHaveLength(1)
    expect(problems).toEqual([])
  })

  test('a backup that fails is reported, and the import still goes ahead', async ({
    page,
    problems
  }) => {
    await installFakeShell(page, { canary: null, files: [] })
    // The shell's disk refuses the backup file (added after the fake shell's own script).
    await page.addInitScript(() => {
      const api = (window as unknown as { api: Record<string, unknown> }).api
      const write = api.writeBackup as (args: { reason: string }) => Promise<unknown>
      api.writeBackup = async (args: { reason: string }) => {
        if (args.reason === 'before-import') throw new Error('No space left on the disk.')
        return write(args)
      }
    })
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.importFile(FILE)
    await expect(mailboxes.subtitle()).toContainText('2 mailboxes')
    await expect(
      page.getByText(
        'No automatic backup could be saved before importing inventory.csv (No space left on the disk). The import goes ahead; save a backup on the Backup and restore screen once it is done.'
      )
    ).toBeVisible()
    await expect(
      page.getByText('Imported inventory.csv: 2 new, 0 updated, 0 unchanged')
    ).toBeVisible()
    expect(problems).toEqual([])
  })
})
