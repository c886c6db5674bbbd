import type { Download, Locator, Page } from '@playwright/test'

/** The Backup and restore screen, by role and label. */
export class DataPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Backup and restore' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Backup and restore' }).waitFor()
  }

  /** Clicks “Download a backup” and returns the download. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Download a backup' }).click()
    return download
  }

  fileInput(): Locator {
    return this.page.getByLabel('Backup file')
  }

  /** The message under the file input (role alert). */
  fileError(): Locator {
    return this.page.locator('#restore-file-input-error')
  }

  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput().setInputFiles(file)
  }

  confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Replace all data with this backup?' })
  }

  async confirmRestore(): Promise<void> {
    await this.confirmDialog().getByRole('button', { name: 'Replace with the backup' }).click()
    await this.page.getByText(/^Restored the backup of /).waitFor()
  }

  async undoRestore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo the last restore' }).click()
    await this.page
      .getByRole('dialog', { name: 'Undo the last restore?' })
      .getByRole('button', { name: 'Undo the restore' })
      .click()
    await this.page.getByText('The last restore was undone').waitFor()
  }
}
