import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'
import { installFakeShell } from './pages/fake-shell'

const { version } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')
) as { version: string }

test.describe('About and versions', () => {
  test("the desktop app's About dialog names the app, Electron, Chromium and Node.js versions", async ({
    page,
    problems
  }) => {
    await installFakeShell(page, { canary: null, files: [] })
    await new AppPage(page).open()
    await page.getByRole('button', { name: 'About' }).click()
    const dialog = page.getByRole('dialog', { name: 'About Hybrid Mail-Flow Tracker' })
    const versions = dialog.getByRole('definition')
    await expect(versions).toHaveText(['0.1.0', '45.6.1', '154.0.7700.12', '24.11.1'])
    await expect(dialog.getByRole('term')).toHaveText([
      'Hybrid Mail-Flow Tracker',
      'Electron',
      'Chromium',
      'Node.js'
    ])
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expectAccessible(page, `the About dialog in ${theme}`)
    }
    await dialog.locator('footer').getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    expect(problems).toEqual([])
  })

  test('the settings dialog shows the same versions; browser mode says it has no shell', async ({
    page,
    problems
  }) => {
    await new AppPage(page).open()
    await page.getByRole('button', { name: 'Settings' }).click()
    const about = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', {
      name: 'About this app'
    })
    await expect(about.getByRole('definition')).toHaveText([
      version,
      'not used: browser mode',
      'not used: browser mode',
      'not used: browser mode'
    ])
    await expectAccessible(page, 'the settings dialog')
    expect(problems).toEqual([])
  })
})
