import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

const RELAY = 'Send internet mail from on-premises through Microsoft 365'

test.describe('scenario 2’s outbound path', () => {
  test('is asked when scenario 2 is chosen, shown on the domain, and changes the checklist', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('button', { name: 'Add domain' }).click()
    const add = page.getByRole('dialog', { name: 'Add a domain' })
    await add.getByLabel('Domain name').fill('northwind.com')
    const question = add.getByRole('group', { name: /Where do the on-premises servers send/ })
    await expect(question).toBeHidden()
    await add.getByText('Scenario 2: MX to Microsoft 365').click()
    await expect(question).toBeVisible()
    // Never silently defaulted: "Decide later" until the lead picks a path.
    await expect(question.getByRole('radio', { name: /Decide later/ })).toBeChecked()
    await question.getByRole('radio', { name: /Directly using DNS/ }).check()
    await expectAccessible(page, 'the add-domain dialog with the outbound question')
    await add.getByRole('button', { name: 'Add domain' }).click()

    await page.getByRole('heading', { level: 1, name: 'northwind.com' }).waitFor()
    const scenarioCard = page.getByRole('region', { name: /^Scenario 2:/ })
    await expect(scenarioCard).toContainText('Outbound path: Directly using DNS')
    await expect(scenarioCard).toContainText('on-premises sends out directly')
    await expect(app.step('Enable centralized mail transport')).toBeVisible()
    await expect(app.step(RELAY)).toHaveCount(0)
    await expect(
      page.getByRole('figure').getByRole('img', { name: 'Mail-flow diagram of scenario 2' })
    ).toHaveAccessibleDescription(
      /Path 4, cloud mailboxes to the internet: Exchange Online → On-premises servers → Internet\./
    )

    // Changed later: back through Exchange Online adds the relay as required.
    await scenarioCard.getByRole('button', { name: 'Change' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit northwind.com' })
    await expect(edit.getByRole('radio', { name: /Directly using DNS/ })).toBeChecked()
    await edit.getByRole('radio', { name: /Back through Exchange Online/ }).check()
    await edit.getByRole('button', { name: 'Save domain' }).click()
    await expect(scenarioCard).toContainText('Outbound path: Back through Exchange Online')
    await expect(app.step(RELAY)).toContainText('Required')
    await expectAccessible(page, 'a scenario 2 domain with its outbound path')

    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(
      page.getByText('Chose the outbound path of northwind.com: back through Exchange Online')
    ).toBeVisible()
  })

  test('is a decision to make until chosen, on the domain and on the overview', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    const shared = page.getByRole('region', { name: 'Settings every domain shares' })
    await expect(shared).toContainText('Outbound path not chosen: fabrikam.com')

    await app.goToDomain('fabrikam.com')
    const scenarioCard = page.getByRole('region', { name: /^Scenario 2:/ })
    await expect(scenarioCard.getByRole('note', { name: 'Decision to make' })).toBeVisible()
    await expect(app.step(RELAY)).toContainText('Recommended')
    await scenarioCard.getByRole('button', { name: 'Choose the outbound path' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit fabrikam.com' })
    await edit.getByRole('radio', { name: /Directly using DNS/ }).check()
    await edit.getByRole('button', { name: 'Save domain' }).click()
    await expect(scenarioCard.getByRole('note', { name: 'Decision to make' })).toHaveCount(0)
    // The relay no longer applies: kept with its history among the retired steps.
    await expect(app.step(RELAY)).toBeHidden()
    await page.getByText(/Retired steps \(\d+\)/).click()
    await expect(app.step(RELAY)).toBeVisible()

    await app.sidebar().getByRole('link', { name: 'Overview' }).click()
    await expect(shared).not.toContainText('Outbound path not chosen')
    await expect(shared).toContainText('The on-premises send connector for *')
  })
})

test.describe('the overview', () => {
  test('flags tenant-wide settings the domains contradict, with the choices and sources', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    const shared = page.getByRole('region', { name: 'Settings every domain shares' })
    const cmt = shared
      .getByRole('article')
      .filter({ hasText: 'Centralized mail transport: the domains need different answers' })
    await expect(cmt).toContainText('fabrikam.com, tailspintoys.com')
    await expect(cmt).toContainText('contoso.com, litwareinc.com')
    await cmt.getByText('The choices (3)').click()
    await expect(cmt.getByRole('code')).toContainText('-IsTransportRuleScoped $true')
    await expect(cmt.getByRole('code')).toContainText(
      "-SenderDomainIs 'fabrikam.com','tailspintoys.com'"
    )
    await expect(
      cmt.getByRole('link', { name: 'Scenario: Conditional mail routing in Exchange Online' })
    ).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/conditional-mail-routing'
    )
    await expectAccessible(page, 'the overview with tenant-wide contradictions')

    // Domains that agree: moving the scenario 1 and 4 domains away leaves no contradiction.
    for (const [name, label] of [
      ['contoso.com', 'Scenario 2: MX to Microsoft 365'],
      ['litwareinc.com', 'Scenario 3: MX to on-premises']
    ] as const) {
      await app.goToDomain(name)
      await page.getByRole('button', { name: 'Edit domain' }).click()
      const dialog = page.getByRole('dialog', { name: `Edit ${name}` })
      await dialog.getByText(label).click()
      if (label.startsWith('Scenario 2'))
        await dialog.getByRole('radio', { name: /Directly using DNS/ }).check()
      await dialog.getByRole('button', { name: 'Save domain' }).click()
      await expect(page.getByText(`${name} saved`)).toBeVisible()
    }
    await app.goToDomain('fabrikam.com')
    await page.getByRole('button', { name: 'Edit domain' }).click()
    const fabrikam = page.getByRole('dialog', { name: 'Edit fabrikam.com' })
    await fabrikam.getByRole('radio', { name: /Directly using DNS/ }).check()
    await fabrikam.getByRole('button', { name: 'Save domain' }).click()
    await expect(page.getByText('fabrikam.com saved')).toBeVisible()
    await app.sidebar().getByRole('link', { name: 'Overview' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' })
    ).toBeVisible()
    await expect(shared).toHaveCount(0)
  })
})
