import { expect, test } from './fixtures'
import { AppPage } from './pages/app-page'

type FirstLook = { theme: string | undefined; scheme: string; background: string }
type FirstLookWindow = Window & { firstLook?: FirstLook }

test.describe('the theme setting', () => {
  test('a dark theme chosen on a light system is dark from the first paint on, with no flash of light', async ({
    page
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    // How the page looks when its content is first parsed, before the app has read its settings
    // from IndexedDB (which happens later, asynchronously).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.documentElement
        const style = getComputedStyle(root)
        ;(window as FirstLookWindow).firstLook = {
          theme: root.dataset.theme,
          scheme: style.colorScheme,
          background: getComputedStyle(document.body).backgroundColor
        }
      })
    })
    const app = new AppPage(page)
    await app.open()
    const firstLook = () => page.evaluate(() => (window as FirstLookWindow).firstLook)
    expect(await firstLook()).toEqual({
      theme: undefined,
      scheme: 'light dark',
      background: 'rgb(244, 246, 249)'
    })

    // The header's button goes round: system, dark, light.
    await page.getByRole('button', { name: /^Theme: system/ }).click()
    await expect(page.getByRole('button', { name: /^Theme: dark/ })).toBeVisible()
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 22, 28)')

    await page.reload()
    await expect(page.getByRole('button', { name: /^Theme: dark/ })).toBeVisible()
    expect(await firstLook()).toEqual({
      theme: 'dark',
      scheme: 'dark',
      background: 'rgb(18, 22, 28)'
    })

    // Back to the system's theme: the next start follows the system again.
    await page.getByRole('button', { name: /^Theme: dark/ }).click()
    await page.getByRole('button', { name: /^Theme: light/ }).click()
    await expect(page.getByRole('button', { name: /^Theme: system/ })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('button', { name: /^Theme: system/ })).toBeVisible()
    expect(await firstLook()).toMatchObject({ theme: undefined, background: 'rgb(244, 246, 249)' })
  })
})
