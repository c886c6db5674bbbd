import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

const STEP = 'Publish the SPF record'

test.describe('unsaved step edits are kept as a draft', () => {
  test('a collapsed step, another page and a restart keep the draft until it is saved', async ({
    page
  }) => {
    test.slow() // two reloads and an accessibility check
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    const step = await app.expandStep(STEP)
    await step.getByLabel('Notes').fill('Ask the bank for its relay IPs')
    await expect(step.getByRole('status')).toHaveText(
      'Unsaved changes: kept as a draft until you save or discard them.'
    )

    // Collapsed: the row says the step has unsaved changes.
    await step.getByRole('button', { expanded: true }).click()
    await expect(step.getByRole('button', { expanded: false })).toContainText('Unsaved')

    // Another page and back.
    await app.sidebar().getByRole('link', { name: 'Overview' }).click()
    await expect(app.sidebar().getByRole('link', { name: /^contoso\.com/ })).toContainText(
      '1 unsaved'
    )
    await app.goToDomain('contoso.com')
    await expect(app.step(STEP).getByRole('button', { expanded: false })).toContainText('Unsaved')

    // A restart: leaving asks first; the draft is there after it.
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.type())
      void dialog.accept()
    })
    await page.reload()
    expect(asked).toEqual(['beforeunload'])
    await page.getByRole('heading', { level: 1, name: 'contoso.com' }).waitFor()
    const reopened = await app.expandStep(STEP)
    await expect(reopened.getByLabel('Notes')).toHaveValue('Ask the bank for its relay IPs')
    await expectAccessible(page, 'a step with a draft')

    // Saved: the draft is gone, the value stored, and the focus stays on the step.
    await reopened.getByRole('button', { name: 'Save step' }).click()
    await expect(page.getByText('Step saved').first()).toBeVisible()
    await expect(reopened.getByRole('button', { expanded: true })).toBeFocused()
    await expect(reopened.getByRole('button', { expanded: true })).not.toContainText('Unsaved')
    await expect(reopened.getByRole('status')).toHaveCount(0)
    await expect(reopened.getByLabel('Notes')).toHaveValue('Ask the bank for its relay IPs')
    await page.reload()
    expect(asked).toEqual(['beforeunload'])
    await page.getByRole('heading', { level: 1, name: 'contoso.com' }).waitFor()
    const saved = await app.expandStep(STEP)
    await expect(saved.getByLabel('Notes')).toHaveValue('Ask the bank for its relay IPs')
  })

  test('“Discard changes” goes back to the stored values', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    const step = await app.expandStep(STEP)
    const stored = await step.getByLabel('Owner').inputValue()
    await step.getByLabel('Owner').fill('Someone else')
    await step.getByRole('button', { name: 'Discard changes' }).click()
    await expect(step.getByLabel('Owner')).toHaveValue(stored)
    await step.getByRole('button', { expanded: true }).click()
    await expect(step.getByRole('button', { expanded: false })).not.toContainText('Unsaved')
  })
})
