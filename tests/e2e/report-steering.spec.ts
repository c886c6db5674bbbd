import { expect, expectAccessible, test } from './fixtures'
import { ReportsPage } from './pages/reports-page'
import { budget } from './support/budgets'

test('the report opens with the status by its rule, the lead’s notes and the changes since the last export', async ({
  page,
  problems
}, testInfo) => {
  test.setTimeout(budget(60_000))
  const reports = new ReportsPage(page)
  await reports.openWithSample()
  const status = reports.preview().locator('section.report-steering')
  // The sample has a blocked required step: red by the stated rule, which the report states.
  await expect(status.locator('.report-status-line')).toContainText('Red')
  await expect(status).toContainText('How the status is set: Red when a required step is blocked')
  await expect(status).toContainText('This is the first exported report of this scope')

  const notes = page.getByRole('form', { name: /The lead’s notes on the project/ })
  await notes.getByLabel('Status').selectOption({ label: 'Amber (override)' })
  await notes.getByRole('button', { name: 'Save notes' }).click()
  await expect(notes.getByText('Say why the status differs from the rule')).toBeVisible()
  await notes.getByLabel('Why the status differs from the rule').fill('Fabrikam unblocks Monday.')
  await notes.getByLabel('Target date').fill('2027-03-31')
  await notes.getByLabel('Commentary').fill('Wave 2 moved one week; no risk to the target.')
  await notes.getByRole('button', { name: 'Save notes' }).click()
  await expect(status.locator('.report-status-line')).toContainText(
    'Amber Set by the lead (the rule gives Red): Fabrikam unblocks Monday.'
  )
  await expect(status).toContainText('Wave 2 moved one week; no risk to the target.')
  await expect(status.getByRole('table', { name: 'Milestones' })).toContainText('2027-03-31')
  await expectAccessible(page, 'the report with the lead’s notes')

  // An export stores the report; the next report lists what changed since.
  await reports.save('HTML', testInfo.outputPath())
  await reports.app.goToDomain('litwareinc.com')
  await reports.app.setStepStatus('Add the domain to Microsoft 365', 'Done')
  await reports.open()
  await expect(status).toContainText('Since the report exported')
  await expect(status).toContainText(
    'Steps done (1): Add the domain to Microsoft 365 (litwareinc.com).'
  )
  expect(problems).toEqual([])
})
