import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** The project's Connectors page: register, import, warnings and PowerShell. */
export class ConnectorsPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async openWithSample(): Promise<void> {
    await this.app.openSampleAt('Connectors')
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
