import { expect, expectAccessible, test } from './fixtures'
import { TransitionPage } from './pages/transition-page'

async function planThreeToTwo(transition: TransitionPage): Promise<void> {
  await transition.app.open()
  await transition.app.openSample()
  await transition.app.goToDomain('tailspintoys.com')
  // Every domain page shows the diagram of its scenario.
  await expect(transition.diagram(3)).toBeVisible()
  await transition.open()
  await transition.chooseTarget(2)
}

test.describe('scenario transition advisor', () => {
  test('shows both diagrams and the runbook from 3 to 2 in order, accessibly', async ({ page }) => {
    // axe walks a runbook of about twenty actions: allow it the longer timeout.
    test.slow()
    const transition = new TransitionPage(page)
    await planThreeToTwo(transition)
    await expect(transition.diagram(3)).toHaveCount(2)
    await expect(transition.diagram(2)).toBeVisible()
    // tailspintoys.com records no outbound path for scenario 2: its outbound paths change too.
    await expect(page.getByText('Highlighted: paths 1, 2, 3 and 4 change')).toBeVisible()

    const ids = await transition.actionIds()
    const index = (id: string): number => {
      expect(ids, `the runbook has ${id}`).toContain(id)
      return ids.indexOf(id)
    }
    expect(index('lower-mx-ttl')).toBeLessThan(index('dns-mx-eop'))
    expect(index('remove-inbound-ip-restriction')).toBeLessThan(index('dns-mx-eop'))
    // Scenario 3 already runs centralized mail transport, and scenario 2 keeps it.
    expect(ids).not.toContain('enable-cmt')
    expect(ids.at(-1)).toBe('restore-mx-ttl')
    // Nothing entered: the MX change asks for the assigned host; the guess is only in the check.
    await expect(transition.runbook().locator('[data-action-id="dns-mx-eop"]')).toContainText(
      '<the MX host the admin center shows>'
    )
    await expect(
      transition.runbook().locator('[data-action-id="confirm-eop-mx-host"]')
    ).toContainText('tailspintoys-com.mail.protection.outlook.com (a guess from the domain name')

    await page.getByText('Rollback to scenario 3').click()
    await expect(page.locator('details.rollback [data-action-id="dns-mx-onprem"]')).toBeVisible()
    await expectAccessible(page, 'the Transition tab')
  })

  test('accounts for the project’s other domains and the cut-over items of the MX move', async ({
    page
  }) => {
    const transition = new TransitionPage(page)
    await planThreeToTwo(transition)
    const runbook = transition.runbook()
    // tailspintoys.com has no recorded scenario 2 path: the runbook asks for it first.
    await expect(runbook.locator('[data-action-id="check-onprem-send-connector"]')).toContainText(
      'Choose scenario 2’s outbound path first'
    )
    expect(await transition.actionIds()).not.toContain('onprem-send-direct')
    // No restriction connector is registered: remove only this domain when it protects others.
    await expect(runbook.locator('[data-action-id="remove-inbound-ip-restriction"]')).toContainText(
      "AssociatedAcceptedDomains @{Remove='tailspintoys.com'}"
    )
    const accept = runbook.locator('[data-action-id="accept-mail-from-eop"]')
    await expect(accept).toContainText('Firewall: allow inbound TCP 25')
    await expect(
      accept.getByRole('link', { name: /urls-and-ip-address-ranges|Microsoft Learn/ })
    ).toHaveAttribute('href', /urls-and-ip-address-ranges/)

    // Leaving centralized transport while fabrikam.com (scenario 2) relies on it: named, not switched.
    await transition.chooseTarget(1)
    await expect(runbook.locator('[data-action-id="disable-cmt"]')).toContainText(
      'fabrikam.com (scenario 2)'
    )
    await expectAccessible(page, 'the Transition tab with a tenant-wide note')
  })

  test('keeps ticks through a reload, exports the runbook and applies it keeping history', async ({
    page
  }) => {
    const transition = new TransitionPage(page)
    const app = transition.app
    await planThreeToTwo(transition)

    await transition.action(/Lower the MX record’s TTL/).check()
    await expect.poll(() => transition.ticked()).toBe(1)
    await transition.action(/Remove or re-scope the on-premises-only restriction/).check()
    await expect.poll(() => transition.ticked()).toBe(2)

    await page.reload()
    await page.getByRole('heading', { name: 'Plan a transition' }).waitFor()
    await expect(transition.target(2)).toBeChecked()
    await expect(transition.action(/Lower the MX record’s TTL/)).toBeChecked()
    await expect(
      transition.action(/Remove or re-scope the on-premises-only restriction/)
    ).toBeChecked()
    await expect(
      transition.action(/Point the MX record to Exchange Online Protection/)
    ).not.toBeChecked()

    const markdown = await transition.export('Export Markdown')
    expect(markdown.name).toBe('runbook-tailspintoys.com-3-to-2.md')
    expect(markdown.text).toContain(
      '# Transition runbook: tailspintoys.com, scenario 3 → scenario 2'
    )
    expect(markdown.text).toMatch(/### \d+\. Lower the MX record’s TTL\n\n- \[x\] Done/)
    expect(markdown.text).toMatch(
      /### \d+\. Point the MX record to Exchange Online Protection\n\n- \[ \] Done/
    )
    const html = await transition.export('Export printable HTML')
    expect(html.name).toBe('runbook-tailspintoys.com-3-to-2.html')
    expect(html.text).not.toContain('<script')

    await transition.apply(2, 'tailspintoys.com')
    await expect(
      page.getByRole('heading', { name: /^Scenario 2: MX to Microsoft 365/ })
    ).toBeVisible()
    await expect(page.getByText(/Moved here from scenario 3 on/)).toBeVisible()
    await expect(transition.target(3)).not.toBeChecked()

    await page
      .getByRole('navigation', { name: 'Domain sections' })
      .getByRole('link', { name: 'Checklist', exact: true })
      .click()
    await expect(app.step('Enable centralized mail transport')).toBeVisible()
    await expect(app.step('Add the domain to Microsoft 365')).toContainText('Done')
    const partner = await app.expandStep('Connectors for partners with special requirements')
    await expect(partner.getByLabel('Notes')).toHaveValue(/Woodgrove Bank requires enforced TLS/)
    await page.getByText(/Retired steps \(\d+\)/).click()
    await expect(app.step('Point the MX record to the on-premises server')).toBeVisible()

    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(
      page.getByText(/Applied the transition of tailspintoys\.com from scenario 3 to scenario 2/)
    ).toBeVisible()
  })
})
