import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

test.describe('first run', () => {
  test('offers a new project and the sample project', async ({ page, problems }) => {
    const app = new AppPage(page)
    await app.open()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Track your Exchange hybrid mail-flow migration'
    )
    await expect(page.getByRole('link', { name: 'New project' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible()
    await expect(
      page.getByRole('list', { name: 'The four mail-flow scenarios' }).getByRole('listitem')
    ).toHaveCount(4)
    await expectAccessible(page, 'the welcome screen')
    expect(problems).toEqual([])
  })

  for (const theme of ['light', 'dark'] as const) {
    test(`is readable in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      const app = new AppPage(page)
      await app.open()
      await expectAccessible(page, `the welcome screen in ${theme}`)
      await app.openSample()
      await expectAccessible(page, `the overview in ${theme}`)
      await app.goToDomain('contoso.com')
      await app.expandStep('Connector from on-premises servers to Microsoft 365')
      await expectAccessible(page, `a domain checklist in ${theme}`)
    })
  }
})
