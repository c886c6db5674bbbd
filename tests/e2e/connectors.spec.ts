import { expect, expectAccessible, test } from './fixtures'
import { HCW_FORMAT_LIST, HCW_GUID } from '../support/connector-fixtures'
import { ConnectorsPage } from './pages/connectors-page'

test.describe('connector register', () => {
  test('imports the wizard’s connectors from pasted Format-List output and warns where it should', async ({
    page
  }) => {
    const connectors = new ConnectorsPage(page)
    await connectors.openWithSample()
    await expect(page.getByRole('heading', { name: 'No connectors recorded yet' })).toBeVisible()
    await expectAccessible(page, 'the empty Connectors page')

    const dialog = await connectors.paste(HCW_FORMAT_LIST)
    await expect(
      dialog.getByRole('heading', { name: '2 connectors read, 2 can be imported' })
    ).toBeVisible()
    await expect(dialog.getByText('Hybrid Configuration Wizard')).toHaveCount(2)
    await dialog.getByRole('button', { name: 'Import 2 connectors' }).click()
    await expect(page.getByText('Connectors imported: 2 added, 0 updated').first()).toBeVisible()

    const inbound = connectors.connector(`Inbound from ${HCW_GUID}`)
    const outbound = connectors.connector(`Outbound to ${HCW_GUID}`)
    await expect(inbound).toContainText('Hybrid Configuration Wizard')
    await expect(inbound).toContainText('Certificate mail.contoso.com')
    await expect(outbound).toContainText('Hybrid Configuration Wizard')
    await expect(outbound).toContainText('mail.contoso.com')
    // fabrikam.com is in scenario 2 in the sample: centralized mail transport off is flagged.
    await expect(connectors.warnings()).toContainText(
      `“Outbound to ${HCW_GUID}” has centralized mail transport off, but fabrikam.com is in scenario 2`
    )
    await expect(
      page.getByRole('region', {
        name: 'Connector from Microsoft 365 to on-premises servers for contoso.com'
      })
    ).toContainText(`Set-OutboundConnector -Identity 'Outbound to ${HCW_GUID}'`)
    await expectAccessible(page, 'the Connectors page')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the Connectors page in the dark theme')
    await page.emulateMedia({ colorScheme: 'light' })

    await inbound.getByRole('button', { name: 'Edit' }).click()
    const edit = connectors.dialog(`Edit Inbound from ${HCW_GUID}`)
    const certificateName = edit.getByLabel('Certificate name (TlsSenderCertificateName)')
    // A wildcard covers a domain and its subdomains: *.contoso.com covers mail.contoso.com.
    await certificateName.fill('*.contoso.com')
    await expect(edit.getByRole('list', { name: 'Warnings' })).toBeHidden()
    await certificateName.fill('*.eu.contoso.com')
    await expect(edit.getByRole('list', { name: 'Warnings' })).toContainText(
      'names the certificate by the wildcard *.eu.contoso.com, which covers eu.contoso.com and its subdomains, but the on-premises certificate recorded in the project is mail.contoso.com'
    )
    await edit.getByRole('button', { name: 'Save connector' }).click()
    await expect(edit).toBeHidden()
    await expect(inbound).toContainText('Certificate *.eu.contoso.com')
    await expect(connectors.warnings()).toContainText(
      'names the certificate by the wildcard *.eu.contoso.com'
    )

    await page.reload()
    await expect(connectors.connector(`Outbound to ${HCW_GUID}`)).toBeVisible()
  })

  test('leaves an IPv6 sender address out of the connector commands and says so', async ({
    page
  }) => {
    const connectors = new ConnectorsPage(page)
    await connectors.app.open()
    await connectors.app.openSample()
    await connectors.app.sidebar().getByRole('link', { name: 'Project profile' }).click()
    await page.getByLabel('On-premises public IP addresses').fill('131.107.21.231\n2001:db8::25')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.getByText('Project profile saved').first()).toBeVisible()
    await connectors.app.sidebar().getByRole('link', { name: 'Connectors' }).click()
    const litware = page.locator('details').filter({ hasText: 'litwareinc.com' })
    if ((await litware.getAttribute('open')) === null) await litware.locator('summary').click()
    const step = litware.getByRole('region', {
      name: 'Accept mail for the domain only from on-premises IP addresses for litwareinc.com'
    })
    await expect(step.getByRole('list', { name: 'Left out of these commands' })).toContainText(
      '2001:db8::25'
    )
    await expect(step).toContainText("SenderIPAddresses '131.107.21.231'")
  })

  test('Bring in line corrects the values the warnings flag instead of setting them again', async ({
    page
  }) => {
    const connectors = new ConnectorsPage(page)
    await connectors.openWithSample()
    const dialog = await connectors.paste(
      [
        'Enabled                       : True',
        'ConnectorType                 : OnPremises',
        'RecipientDomains              : {*}',
        'SmartHosts                    : {mail.messaging.microsoft.com}',
        'UseMXRecord                   : False',
        'RouteAllMessagesViaOnPremises : False',
        'Name                          : Old outbound',
        ''
      ].join('\n')
    )
    await dialog.getByRole('button', { name: 'Import 1 connector' }).click()
    await expect(page.getByText('Connectors imported: 1 added, 0 updated').first()).toBeVisible()
    await expect(connectors.warnings()).toContainText(
      'uses the retired Microsoft host mail.messaging.microsoft.com as smart host'
    )

    const step = page.getByRole('region', {
      name: 'Connector from Microsoft 365 to on-premises servers for contoso.com'
    })
    const command = step
      .locator('pre')
      .filter({ hasText: "Set-OutboundConnector -Identity 'Old outbound'" })
    await expect(command).toContainText(
      "-RecipientDomains 'contoso.com','fabrikam.com','litwareinc.com','tailspintoys.com'"
    )
    await expect(command).toContainText("-SmartHosts 'mail.contoso.com'")
    await expect(command).not.toContainText('mail.messaging.microsoft.com')
    await expect(command).not.toContainText("'*'")
    const corrected = step.getByRole('list', { name: 'Corrected in these commands' })
    await expect(corrected).toContainText(
      'SmartHosts: the retired host mail.messaging.microsoft.com is replaced by the on-premises mail host mail.contoso.com'
    )
    await expect(corrected).toContainText(
      'RecipientDomains: * is replaced by every domain of the project'
    )
    await expectAccessible(page, 'the Connectors page with corrected commands')
  })

  test('refuses garbage pasted as cmdlet output and stores nothing', async ({ page }) => {
    const connectors = new ConnectorsPage(page)
    await connectors.openWithSample()
    // What PowerShell prints when the Exchange Online module is not loaded.
    const dialog = await connectors.paste(
      "Get-InboundConnector : The term 'Get-InboundConnector' is not recognized as the name of a cmdlet.\n" +
        'At line:1 char:1\n+ Get-InboundConnector | Format-List\n'
    )
    await expect(dialog.getByLabel('Pasted output')).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByRole('alert')).toContainText(
      'Line 2: “At line:1 char:1” is not a “Property : Value” line of Format-List output.'
    )
    await expect(dialog.getByRole('button', { name: /^Import \d+ connector/ })).toBeDisabled()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'No connectors recorded yet' })).toBeVisible()
  })

  test('adds a connector by hand and shows an invalid certificate name at its field', async ({
    page
  }) => {
    const connectors = new ConnectorsPage(page)
    await connectors.openWithSample()
    await page.getByRole('button', { name: 'Add connector' }).first().click()
    const dialog = connectors.dialog('Add a connector')
    await dialog.getByLabel('Name', { exact: true }).fill('From on-premises')
    const certificate = dialog.getByLabel('Certificate name (TlsSenderCertificateName)')
    await certificate.fill('mail contoso.com')
    await dialog.getByRole('button', { name: 'Add connector' }).click()
    await expect(certificate).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByText('“mail contoso.com” contains a space')).toBeVisible()
    await expectAccessible(page, 'the connector form')

    await certificate.fill('mail.contoso.com')
    await dialog.getByRole('button', { name: 'Add connector' }).click()
    await expect(dialog).toBeHidden()
    const added = connectors.connector('From on-premises')
    await expect(added).toContainText('On-premises → Microsoft 365')
    await expect(added).toContainText('Planned')
  })
})
