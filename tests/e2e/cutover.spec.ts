import { expect, expectAccessible, test } from './fixtures'
import { CutoverPage } from './pages/cutover-page'
import { ReportsPage } from './pages/reports-page'

// Local time is Berlin's (UTC+1 in December), so the report's UTC times show the conversion.
test.use({ timezoneId: 'Europe/Berlin' })

/** Opens the sample as Ana Lopez at 21:30 local time and plans tailspintoys.com from 3 to 2. */
async function planAsAna(cutover: CutoverPage): Promise<void> {
  const { page, transition } = cutover
  await page.clock.install({ time: new Date('2026-12-12T20:30:00.000Z') })
  await transition.app.open()
  const prompt = page.getByRole('region', { name: 'Who is working on this computer?' })
  await prompt.getByLabel('Your name').fill('Ana Lopez')
  await prompt.getByRole('button', { name: 'Save name' }).click()
  await transition.app.openSample()
  await transition.app.goToDomain('tailspintoys.com')
  await transition.open()
  await transition.chooseTarget(2)
}

/**
 * Schedules 22:00 to 02:00 local with three planned actions and a manual gate; returns the id of
 * the list of people the owner fields offer.
 */
async function schedule(cutover: CutoverPage): Promise<string> {
  const { page } = cutover
  await page.getByRole('button', { name: 'Schedule the cut-over…' }).click()
  const form = cutover.form()
  await form.getByLabel('Starts').fill('2026-12-12T22:00')
  await form.getByRole('button', { name: 'Add a manual check' }).click()
  await form.getByLabel('Manual check 1').fill('Change board approval')
  await cutover.formAction('lower-mx-ttl').getByLabel('Planned').fill('2026-12-12T22:15')
  const restriction = cutover.formAction('remove-inbound-ip-restriction')
  await restriction.getByLabel('Owner').fill('Ben Ito')
  await restriction.getByLabel('Planned').fill('2026-12-12T22:30')
  await cutover.formAction('dns-mx-eop').getByLabel('Planned').fill('2026-12-12T23:00')
  // A field left empty is named, and nothing typed is lost, not even by a reload.
  await form.getByRole('button', { name: 'Schedule the run' }).click()
  await expect(form.getByText('Enter the date and time the window ends.')).toBeVisible()
  await page.reload()
  await expect(restriction.getByLabel('Owner')).toHaveValue('Ben Ito')
  await expect(form.getByLabel('Manual check 1')).toHaveValue('Change board approval')
  await expect(form.getByLabel('Starts')).toHaveValue('2026-12-12T22:00')
  await form.getByLabel('Ends').fill('2026-12-13T02:00')
  await expectAccessible(page, 'the schedule form')
  const people = (await restriction.getByLabel('Owner').getAttribute('list')) ?? ''
  expect(people).not.toBe('')
  await form.getByRole('button', { name: 'Schedule the run' }).click()
  await expect(cutover.live()).toBeVisible()
  return people
}

test.describe('cut-over mode', () => {
  test('schedules a 3→2 run, passes gates, two people tick, late items show, it ends archived and reported', async ({
    page
  }) => {
    test.slow() // a whole night: three axe checks and the report
    const cutover = new CutoverPage(page)
    // Leaving the app with unsaved drafts asks first; the test answers "leave".
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.type())
      void dialog.accept()
    })
    await planAsAna(cutover)
    const people = await schedule(cutover)
    expect(asked).toEqual(['beforeunload'])
    // An owner typed into the schedule joins the project's people, offered in every owner field.
    await expect(page.locator(`datalist[id="${people}"] option[value="Ben Ito"]`)).toHaveCount(1)

    await expect(cutover.live()).toContainText(/Starts in (29|30) min/)
    await expect(cutover.panel('Next')).toContainText(
      'Copy the exact MX host from the admin center'
    )
    await expect(cutover.panel('Late')).toContainText('Nothing is late.')

    // 22:40: two actions are past their planned times; the view follows the clock while open.
    await page.clock.fastForward('01:10:00')
    await expect(cutover.live()).toContainText(/Under way, ends in 3 h (19|20) min/)
    const late = cutover.panel('Late')
    await expect(late.getByRole('listitem')).toHaveCount(2)
    await expect(late.getByRole('listitem').first()).toContainText('Lower the MX record’s TTL')
    await expect(late.getByRole('listitem').first()).toContainText('25 min')
    await expect(cutover.action('remove-inbound-ip-restriction')).toContainText('Late 10 min')
    await expect(cutover.panel('Who is on it')).toContainText('Ben Ito')

    // The MX change waits for the gates.
    await expect(cutover.action('dns-mx-eop').getByRole('checkbox')).toBeDisabled()
    await expect(cutover.action('dns-mx-eop')).toContainText('Not passed yet: “DNS checks pass”')

    // A note typed and not saved survives a reload, and leaving asks first.
    await cutover.action('lower-mx-ttl').getByRole('textbox').fill('TTL 300 since Thursday')
    asked.length = 0
    await page.reload()
    expect(asked).toEqual(['beforeunload'])
    await expect(cutover.action('lower-mx-ttl').getByRole('textbox')).toHaveValue(
      'TTL 300 since Thursday'
    )
    await expect(cutover.action('lower-mx-ttl')).toContainText('Unsaved note')

    await cutover.tick('lower-mx-ttl')
    await expect(cutover.action('lower-mx-ttl')).toContainText('ticked by Ana Lopez')
    await expect(cutover.action('lower-mx-ttl')).toContainText('Note: TTL 300 since Thursday')
    await cutover.decideGate('DNS checks pass', 'Pass', 'MX TTL 300, SPF as expected')
    await cutover.decideGate('Connectors validated', 'Pass')
    await cutover.decideGate('Route test passes', 'Pass')

    await cutover.actAs('Ben Ito')
    await cutover.decideGate('Change board approval', 'Fail', 'Waiting for the CAB chair')
    await expect(cutover.action('dns-mx-eop').getByRole('checkbox')).toBeDisabled()
    await cutover.decideGate('Change board approval', 'Pass', 'Approved by phone')
    await expect(cutover.live()).toContainText('All 4 gates passed: the MX change can start.')
    await cutover.tick('remove-inbound-ip-restriction', 'Connector re-scoped')
    await expect(cutover.action('remove-inbound-ip-restriction')).toContainText('ticked by Ben Ito')
    await cutover.tick('dns-mx-eop', 'MX changed at the registrar')
    await expectAccessible(page, 'the live view')

    // Ending needs a reason unless it completed.
    const end = cutover.live().getByRole('form', { name: 'End the run' })
    await end.getByLabel('Outcome').selectOption({ label: 'Rolled back' })
    await end.getByRole('button', { name: 'End the run as rolled back' }).click()
    await expect(end.getByText('Say why the run is rolled back.')).toBeVisible()
    await end.getByLabel('Outcome').selectOption({ label: 'Completed' })
    await end.getByLabel('Closing note (optional)').fill('Mail flows by EOP')
    await end.getByRole('button', { name: 'End the run as completed' }).click()

    await expect(cutover.live()).toHaveCount(0)
    const archived = page.getByRole('region', { name: 'Past cut-over runs' })
    await archived.getByText('scenario 3 to 2').click()
    await expect(archived).toContainText('Completed')
    const rows = archived.getByRole('table', { name: 'Runbook as executed' }).getByRole('row')
    await expect(rows.filter({ hasText: 'Lower the MX record’s TTL' })).toContainText('Ana Lopez')
    await expect(rows.filter({ hasText: 'Remove or re-scope' })).toContainText('Ben Ito')
    await expect(page.getByRole('button', { name: 'Schedule the cut-over…' })).toBeEnabled()
    await expectAccessible(page, 'the archived run')

    await cutover.transition.app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(
      page.getByText(/Ben Ito ticked “Point the MX record to Exchange Online Protection”/)
    ).toBeVisible()
    await expect(
      page.getByText(/Ana Lopez scheduled the cut-over of tailspintoys\.com/)
    ).toBeVisible()

    const reports = new ReportsPage(page)
    await reports.open()
    const section = reports.section('Cut-over runs')
    await expect(section).toContainText('Cut-over of tailspintoys.com, scenario 3 → 2')
    await expect(section).toContainText(
      'Window 2026-12-12 21:00 UTC to 2026-12-13 01:00 UTC, scheduled by Ana Lopez.'
    )
    await expect(section).toContainText('Completed by Ben Ito')
    await expect(
      section.getByRole('row').filter({ hasText: 'Lower the MX record’s TTL' })
    ).toContainText('TTL 300 since Thursday')
  })
})
