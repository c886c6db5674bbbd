import { expect, test } from './fixtures'
import { AppPage } from './pages/app-page'

test('a write that fails shows an error and leaves the stored data as it was', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.openSample()
  await app.goToDomain('litwareinc.com')
  const step = await app.expandStep('Add the domain to Microsoft 365')
  await step.getByLabel('Notes').fill('This note must not be saved')
  await step.getByLabel('Status').selectOption({ label: 'Done' })

  // Every IndexedDB write now fails the way a full disk does.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The disk is full', 'QuotaExceededError')
    }
  })
  await step.getByRole('button', { name: 'Save step' }).click()
  await expect(page.getByRole('alert')).toHaveText(/Nothing was saved: the disk is full\./)

  await page.reload()
  const row = app.step('Add the domain to Microsoft 365')
  await expect(row).toContainText('To do')
  // What the user typed is not lost: it stays an unsaved draft, and the stored step is unchanged.
  await expect(row).toContainText('Unsaved')
  const reloaded = await app.expandStep('Add the domain to Microsoft 365')
  await expect(reloaded.getByLabel('Notes')).toHaveValue('This note must not be saved')
  await reloaded.getByRole('button', { name: 'Discard changes' }).click()
  await expect(reloaded.getByLabel('Notes')).toHaveValue('')
  await expect(reloaded.getByLabel('Status')).toHaveValue('todo')
  await app.sidebar().getByRole('link', { name: 'Activity' }).click()
  await expect(
    page.getByText(/Add the domain to Microsoft 365” on litwareinc\.com: To do → Done/)
  ).toHaveCount(0)
})
