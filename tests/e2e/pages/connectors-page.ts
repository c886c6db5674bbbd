import type { Locator, Page } from '@playwright/test'
import { HCW_GUID } from '../../unit/connectors/fixtures'
import { AppPage } from './app-page'

/** The wizard's connectors are named after its GUID, the same in the unit tests' pastes. */
export { HCW_GUID }

/** Get-InboundConnector | Format-List and Get-OutboundConnector | Format-List of the wizard's pair. */
export const HCW_FORMAT_LIST = `PS C:\\> Get-InboundConnector | Format-List


RunspaceId                   : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
Comment                      :
SenderIPAddresses            : {}
SenderDomains                : {smtp:*;1}
TrustedOrganizations         : {}
AssociatedAcceptedDomains    : {}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.contoso.com
Name                         : Inbound from ${HCW_GUID}
Identity                     : Inbound from ${HCW_GUID}
ObjectClass                  : {top, msExchSMTPInboundConnector}
WhenCreated                  : 11/2/2024 3:05:44 PM
IsValid                      : True

PS C:\\> Get-OutboundConnector | Format-List


RunspaceId                    : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                       : True
UseMXRecord                   : False
Comment                       :
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com, fabrikam.com, tailspintoys.com,
                                litwareinc.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     : mail.contoso.com
TlsSettings                   : DomainValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Name                          : Outbound to ${HCW_GUID}
Identity                      : Outbound to ${HCW_GUID}
ObjectClass                   : {top, msExchSMTPOutboundConnector}
IsValid                       : True
`

/** The project's Connectors page: register, import, warnings and PowerShell. */
export class ConnectorsPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async openWithSample(): Promise<void> {
    await this.app.open()
    await this.app.openSample()
    await this.app.sidebar().getByRole('link', { name: 'Connectors' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Connectors' }).waitFor()
  }

  connector(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true })
  }

  warnings(): Locator {
    return this.page.getByRole('region', { name: /^Warnings \(\d+\)$/ })
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** Pastes output into the import dialog and reads it. */
  async paste(text: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import from PowerShell…' }).first().click()
    const dialog = this.dialog('Import connectors from PowerShell')
    await dialog.getByLabel('Pasted output').fill(text)
    await dialog.getByRole('button', { name: 'Read the output' }).click()
    return dialog
  }
}
