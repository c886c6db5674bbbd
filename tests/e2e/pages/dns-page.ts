import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** A domain's DNS tab: entered values, record cards and the paste dialog. */
export class DnsPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  /** Opens the sample project on a domain's DNS tab. */
  async openWithSample(domain: string): Promise<void> {
    await this.app.open()
    await this.app.openSample()
    await this.openDomain(domain)
  }

  async openDomain(domain: string): Promise<void> {
    await this.app.goToDomain(domain)
    await this.tab('DNS').click()
    await this.page.getByRole('heading', { name: 'DNS records' }).waitFor()
  }

  tab(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Domain sections' })
      .getByRole('link', { name, exact: true })
  }

  /** The card of one record, by its title (MX, SPF, Domain verification, …) and DNS name. */
  record(title: string, name: string): Locator {
    return this.page.getByRole('article', { name: `${title} record of ${name}`, exact: true })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async saveValues(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save values' }).click()
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Paste DNS output for/ })
  }

  /** Pastes the output of one or more commands in the open paste dialog and checks it. */
  async pasteAndCheck(output: string): Promise<void> {
    const dialog = this.dialog()
    await dialog.getByLabel('Output', { exact: true }).fill(output)
    await dialog.getByRole('button', { name: 'Check pasted output' }).click()
  }
}
