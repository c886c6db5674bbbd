import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Browser, Locator, Page } from '@playwright/test'
import type { Canary } from '../../src-main/shared/ipc-contract'
import { TABLE_KEYS_BY_VERSION } from '../../src-renderer/lib/domain/backup'
import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'
import { DataPage } from './pages/data-page'
import { installFakeShell, shellCalls } from './pages/fake-shell'

const STEP = 'Add the domain to Microsoft 365'

function jsonFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) }
}

/** Goes to the sample's litwareinc.com checklist and returns the step the tests change. */
async function openStep(app: AppPage): Promise<Locator> {
  await app.page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).click()
  await app.page.getByRole('link', { name: /Contoso hybrid migration/ }).click()
  await app.goToDomain('litwareinc.com')
  return app.step(STEP)
}

/** Downloads a backup of the sample project and returns its text. */
async function downloadBackup(page: Page): Promise<string> {
  const data = new DataPage(page)
  await data.open()
  const download = await data.download()
  const path = await download.path()
  expect(download.suggestedFilename()).toMatch(
    /^tracker-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/
  )
  return readFile(path, 'utf8')
}

test('a downloaded backup restores the earlier state, and the restore can be undone', async ({
  page
}) => {
  const app = new AppPage(page)
  const data = new DataPage(page)
  await app.open()
  await app.openSample()

  const text = await downloadBackup(page)
  await expect(page.getByRole('status').filter({ hasText: 'Saved tracker-backup-' })).toContainText(
    '1 project · 4 domains'
  )
  const backup = JSON.parse(text) as Record<string, unknown>
  expect(backup).toMatchObject({
    format: 'hybrid-mailflow-tracker-backup',
    schemaVersion: 8,
    checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/)
  })
  const tables = backup.tables as Record<string, unknown[]>
  expect(Object.keys(tables).sort()).toEqual(Object.keys(TABLE_KEYS_BY_VERSION[8] ?? {}).sort())
  expect(tables.projects).toHaveLength(1)
  expect(tables.domains).toHaveLength(4)
  const digest = createHash('sha256').update(JSON.stringify(tables)).digest('hex')
  expect(backup.checksum).toBe(`sha256:${digest}`)

  // A change after the backup.
  await expect(await openStep(app)).toContainText('To do')
  await app.setStepStatus(STEP, 'Done')

  // Files that are not backups change nothing and say why, at the file input.
  await data.open()
  await data.chooseFile(jsonFile('cut.json', text.slice(0, 2000)))
  await expect(data.fileError()).toHaveText(
    'The file is cut off: it ends in the middle of the data. Use a complete backup file. Nothing was changed.'
  )
  await expect(data.fileInput()).toHaveAttribute('aria-invalid', 'true')
  await data.chooseFile({
    name: 'export.xlsx',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from('PK\u0003\u0004 not a backup')
  })
  await expect(data.fileError()).toHaveText(
    'The file is not a backup: it is not valid JSON. Nothing was changed.'
  )
  await expect(data.confirmDialog()).toHaveCount(0)
  await expectAccessible(page, 'the backup screen with a refused file')
  await expect(await openStep(app)).toContainText('Done')

  // The real backup: the dialog says what is replaced, the restore brings the earlier state.
  await data.open()
  await data.chooseFile(jsonFile('backup.json', text))
  const dialog = data.confirmDialog()
  await expect(dialog).toContainText('replaces everything the tracker holds now')
  await expect(dialog.getByRole('row', { name: /^Projects/ })).toContainText('1')
  await expect(dialog.getByRole('row', { name: /^Domains/ })).toContainText('4')
  await expectAccessible(page, 'the restore confirmation')
  await data.confirmRestore()
  await expect(data.fileError()).toHaveCount(0)
  await expect(await openStep(app)).toContainText('To do')

  // Undo brings the change back.
  await data.open()
  await expect(page.getByRole('heading', { name: 'Undo the last restore' })).toBeVisible()
  await data.undoRestore()
  await expect(await openStep(app)).toContainText('Done')
})

test('a cancelled restore changes nothing', async ({ page }) => {
  const app = new AppPage(page)
  const data = new DataPage(page)
  await app.open()
  await app.openSample()
  const text = await downloadBackup(page)
  await expect(await openStep(app)).toContainText('To do')
  await app.setStepStatus(STEP, 'Done')
  await data.open()
  await data.chooseFile(jsonFile('backup.json', text))
  await data.confirmDialog().getByRole('button', { name: 'Cancel' }).click()
  await expect(data.confirmDialog()).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Undo the last restore' })).toHaveCount(0)
  await expect(await openStep(app)).toContainText('Done')
})

test('the backup screen explains backups before there is data, in light and dark', async ({
  page
}) => {
  const app = new AppPage(page)
  await app.open()
  const data = new DataPage(page)
  await data.open()
  await expect(page.getByText('Nothing to back up yet.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download a backup' })).toBeDisabled()
  await expectAccessible(page, 'the empty backup screen (light)')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectAccessible(page, 'the empty backup screen (dark)')
  await app.page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).click()
  await app.openSample()
  await data.open()
  await expect(page.getByText('Nothing to back up yet.')).toHaveCount(0)
  await expectAccessible(page, 'the backup screen (dark)')
})

test('another window upgrading the database asks this one to reload', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.openSample()
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hybrid-mailflow-tracker', 1000)
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
        request.onblocked = () => reject(new Error('this window did not let the upgrade go ahead'))
      })
  )
  const banner = page.getByRole('region', {
    name: 'The tracker’s data was updated in another window'
  })
  await expect(banner).toBeVisible()
  await expectAccessible(page, 'the version-change banner')
  await banner.getByRole('button', { name: 'Reload' }).click()
  // This version cannot read the newer data: it says so and deletes nothing.
  await expect(page.getByText('saved by a newer version of the app')).toBeVisible()
  await expect(page.getByText('nothing has been deleted')).toBeVisible()
})

test.describe('in the desktop app (its shell faked in the page)', () => {
  const NEWEST = 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json'

  /** The sample project's backup, made in a browser context of its own. */
  async function sampleBackup(browser: Browser): Promise<string> {
    const context = await browser.newContext()
    const page = await context.newPage()
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    const text = await downloadBackup(page)
    await context.close()
    return text
  }

  function seed(text: string, canary: Canary | null) {
    return {
      canary,
      files: [
        {
          name: NEWEST,
          createdAt: '2026-03-10T09:00:00.000Z',
          reason: 'interval' as const,
          size: text.length,
          text
        }
      ]
    }
  }

  test('an emptied database is noticed and the newest automatic backup restores it', async ({
    page,
    browser
  }) => {
    const text = await sampleBackup(browser)
    await installFakeShell(
      page,
      seed(text, {
        projectCount: 1,
        rowCounts: { projects: 1, domains: 4, steps: 41, events: 23, settings: 0 },
        lastBackup: NEWEST,
        schemaVersion: 2,
        writtenAt: '2026-03-10T09:00:01.000Z'
      })
    )
    const app = new AppPage(page)
    await app.open()
    const banner = page.getByRole('region', { name: 'Your tracking data is missing' })
    await expect(banner).toContainText('1 project and 69 rows of data; now its database is empty')
    await expectAccessible(page, 'the recovery banner')
    await banner.getByRole('button', { name: /^Restore the backup of / }).click()
    const data = new DataPage(page)
    await expect(data.confirmDialog()).toContainText('the automatic backup')
    await data.confirmRestore()
    await expect(banner).toHaveCount(0)

    // The current (empty) data was backed up first, and the canary describes the restored data.
    const calls = await shellCalls(page)
    expect(calls.slice(0, 2)).toEqual([
      ['backup:read', NEWEST],
      ['backup:write', 'before-restore']
    ])
    const canaries = calls.filter(([channel]) => channel === 'canary:write')
    expect(canaries.at(-1)?.[1]).toMatchObject({ projectCount: 1, schemaVersion: 8 })
    const automatic = page.getByRole('region', { name: 'Automatic backups' })
    await expect(automatic.getByRole('row')).toHaveCount(3)
    await expect(automatic).toContainText('Before a restore')
    await expectAccessible(page, 'the backup screen with automatic backups')
    await page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).click()
    await expect(page.getByRole('link', { name: /Contoso hybrid migration/ })).toBeVisible()
  })

  test('no banner when the canary and the database agree, or on a first start', async ({
    page,
    browser
  }) => {
    const text = await sampleBackup(browser)
    await installFakeShell(page, seed(text, null))
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await expect(page.getByRole('region', { name: 'Your tracking data is missing' })).toHaveCount(0)
    const data = new DataPage(page)
    await data.open()
    await expect(page.getByRole('heading', { name: 'Save a backup' })).toBeVisible()
    const automatic = page.getByRole('region', { name: 'Automatic backups' })
    await automatic.getByRole('button', { name: /^Restore the backup of / }).click()
    await expect(data.confirmDialog()).toContainText('the automatic backup')
    await data.confirmDialog().getByRole('button', { name: 'Cancel' }).click()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the automatic backups (dark)')
  })
})
