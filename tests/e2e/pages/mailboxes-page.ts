import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

type CsvFile = { name: string; mimeType: string; buffer: Buffer }

/** A CSV file for setInputFiles, from text (UTF-8, no BOM unless the text starts with one). */
export function csvFile(name: string, text: string): CsvFile {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') }
}

/** The Mailboxes page of the sample project, as a migration lead uses it. */
export class MailboxesPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  /** Opens the app, creates the sample project and goes to its (empty) mailbox page. */
  async openWithSample(): Promise<void> {
    await this.app.openSampleAt('Mailboxes')
    await this.page.getByRole('heading', { name: 'No mailboxes yet' }).waitFor()
  }

  fileInput(): Locator {
    return this.page.getByLabel('CSV file to import')
  }

  async choose(file: CsvFile | string): Promise<void> {
    await this.fileInput().setInputFiles(file)
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** The preview's count of one kind of row (new, updated, unchanged, conflicting, invalid). */
  previewCount(kind: string): Locator {
    return this.dialog()
      .getByRole('list', { name: 'What the import would do' })
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`\\b${kind}$`) })
  }

  /** Chooses a file and confirms its preview with the main Import button. */
  async importFile(file: CsvFile | string): Promise<void> {
    await this.choose(file)
    await this.dialog()
      .getByRole('button', { name: /^Import \d/ })
      .click()
    await this.dialog().waitFor({ state: 'detached' })
    await this.table().waitFor()
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Mailboxes' })
  }

  /** Mailbox rows rendered in the table body (the virtual list renders only those in sight). */
  rows(): Locator {
    return this.table().locator('tbody tr[data-position]')
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text })
  }

  subtitle(): Locator {
    return this.page.locator('.page-header .subtitle')
  }

  lifecycleCount(label: string): Locator {
    return this.page
      .getByRole('list', { name: 'Mailboxes by lifecycle' })
      .getByRole('button', { name: new RegExp(`^[\\d,.\\s]+${label}$`) })
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' })
  }

  bulkBar(): Locator {
    return this.page.getByRole('region', { name: 'Change selected mailboxes' })
  }
}

/** The number of stored mailboxes, read straight from IndexedDB (no app code involved). */
export async function storedMailboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hybrid-mailflow-tracker')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('mailboxes')) {
            db.close()
            resolve(0)
            return
          }
          const request = db.transaction('mailboxes').objectStore('mailboxes').count()
          request.onsuccess = () => {
            db.close()
            resolve(request.result)
          }
          request.onerror = () => reject(request.error)
        }
      })
  )
}
