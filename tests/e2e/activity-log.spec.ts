import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

test.describe('a log with names', () => {
  test('the first start asks for a name, and every change is recorded with it', async ({
    page,
    problems
  }) => {
    const app = new AppPage(page)
    await app.open()
    const prompt = page.getByRole('region', { name: 'Who is working on this computer?' })
    await expect(prompt).toBeVisible()
    await expectAccessible(page, 'the first-start name prompt')
    await prompt.getByRole('button', { name: 'Save name' }).click()
    await expect(prompt.getByText('Enter your name, or choose “Not now”.')).toBeVisible()
    await prompt.getByLabel('Your name').fill('Priya Shah')
    await prompt.getByRole('button', { name: 'Save name' }).click()
    await expect(prompt).toHaveCount(0)

    // The name is kept: a reload does not ask again, and Settings show it.
    await page.reload()
    await page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).waitFor()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(prompt).toHaveCount(0)

    await app.openSample()
    await app.goToDomain('litwareinc.com')
    // Owners are offered from the project's people: the user and the owners typed so far.
    const step = await app.expandStep('Add the domain to Microsoft 365')
    const owner = step.getByLabel('Owner')
    const listId = await owner.getAttribute('list')
    expect(listId).toBeTruthy()
    await expect(page.locator(`datalist[id="${listId}"] option[value="Priya Shah"]`)).toHaveCount(1)
    await expect(page.locator(`datalist[id="${listId}"] option[value="Jonas Berg"]`)).toHaveCount(0)
    await owner.fill('Jonas Berg')
    await step.getByLabel('Status').selectOption({ label: 'Done' })
    await step.getByRole('button', { name: 'Save step' }).click()
    await expect(page.getByText('Step saved').first()).toBeVisible()
    await expect(page.locator(`datalist[id="${listId}"] option[value="Jonas Berg"]`)).toHaveCount(1)

    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    const entry = page
      .getByRole('listitem')
      .filter({ hasText: '“Add the domain to Microsoft 365” on litwareinc.com: To do → Done' })
    await expect(entry).toContainText('Priya Shah')
    await expect(entry).toContainText('Status changed from To do to Done.')
    await expect(entry).toContainText('Owner changed from Megan Bowen to Jonas Berg.')
    // Sentences only: no internal ids, no JSON.
    await expect(page.locator('.events')).not.toContainText('{')
    await expect(page.locator('.events')).not.toContainText('"')
    await expectAccessible(page, 'the activity log')
    expect(problems).toEqual([])
  })

  test('“Not now” puts the question off; Settings still set the name', async ({
    page,
    problems
  }) => {
    const app = new AppPage(page)
    await app.open()
    const prompt = page.getByRole('region', { name: 'Who is working on this computer?' })
    await prompt.getByRole('button', { name: 'Not now' }).click()
    await expect(prompt).toHaveCount(0)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('dialog').getByLabel('Your name').fill('Dana Wu')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    // Opening the sample project was recorded under the name set in Settings.
    await expect(page.locator('.events > li').last()).toContainText('Dana Wu')
    expect(problems).toEqual([])
  })
})
