import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** A value that runs script wherever it lands in markup unescaped. */
export const HTML_PAYLOAD = '<img src=x onerror=alert(1)>'
/** A value a spreadsheet runs as a formula when a CSV cell starts with it. */
export const FORMULA_PAYLOAD = '=HYPERLINK("http://evil","x")'

/** The export buttons of the report, by their labels in the browser. */
export type ReportExport =
  'Print or save as PDF…' | 'HTML' | 'Markdown' | 'Steps CSV' | 'Mailboxes CSV'

/** A saved export: its download, the file under its suggested name, and its text (BOM included). */
export type SavedExport = { download: Download; path: string; text: string }

/** The status report screen, and the edits the report tests make before opening it. */
export class ReportsPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  /** Opens the app, creates the sample project and opens its status report. */
  async openWithSample(): Promise<void> {
    await this.app.open()
    await this.app.openSample()
    await this.open()
  }

  /** Opens the report from the sidebar and waits for the preview. */
  async open(): Promise<void> {
    await this.app.sidebar().getByRole('link', { name: 'Status report' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Status report', exact: true }).waitFor()
    await this.preview().getByRole('heading', { level: 1 }).waitFor()
  }

  preview(): Locator {
    return this.page.getByTestId('report-preview')
  }

  /** The report's own title, inside the preview. */
  title(): Locator {
    return this.preview().getByRole('heading', { level: 1 })
  }

  /** The per-domain sections of the preview. */
  domainSections(): Locator {
    return this.preview().locator('section.report-domain')
  }

  /** A top-level section of the preview (Summary, Domains, …, Exceptions), by its heading. */
  section(heading: string): Locator {
    return this.preview()
      .locator('section.report-section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: heading, exact: true }) })
  }

  /** A value of the summary's figures, by its label. */
  summaryValue(label: string): Locator {
    return this.section('Summary')
      .locator('dl div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd')
  }

  scope(): Locator {
    return this.page.getByLabel('Report on')
  }

  exportButton(name: ReportExport): Locator {
    return this.page
      .getByRole('group', { name: 'Save the report' })
      .getByRole('button', { name, exact: true })
  }

  /**
   * Clicks an export button and saves the download in `folder` under its suggested name: its
   * extension matters, since Chromium shows a file:// page without `.html` as plain text.
   */
  async save(
    name: Exclude<ReportExport, 'Print or save as PDF…'>,
    folder: string
  ): Promise<SavedExport> {
    const downloaded = this.page.waitForEvent('download')
    await this.exportButton(name).click()
    const download = await downloaded
    const path = join(folder, download.suggestedFilename())
    await download.saveAs(path)
    return { download, path, text: await readFile(path, 'utf8') }
  }

  /** Renames the project on its profile page, and gives it another tenant when one is given. */
  async renameProject(name: string, tenant?: string): Promise<void> {
    await this.app.sidebar().getByRole('link', { name: 'Project profile' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Project profile' }).waitFor()
    await this.page.getByLabel('Project name').fill(name)
    if (tenant !== undefined) await this.page.getByLabel('Tenant name').fill(tenant)
    await this.page.getByRole('button', { name: 'Save profile' }).click()
    await this.page.getByText('Project profile saved').first().waitFor()
  }

  /** Edits a checklist step of `domain` in its step editor and saves it. */
  async editStep(
    domain: string,
    title: string,
    change: { status?: string; reason?: string; owner?: string }
  ): Promise<void> {
    await this.app.goToDomain(domain)
    const step = await this.app.expandStep(title)
    if (change.status !== undefined)
      await step.getByLabel('Status').selectOption({ label: change.status })
    if (change.reason !== undefined)
      await step.getByLabel(/What blocks it|Why it does not apply/).fill(change.reason)
    if (change.owner !== undefined) await step.getByLabel('Owner').fill(change.owner)
    await step.getByRole('button', { name: 'Save step' }).click()
    await this.page.getByText('Step saved').first().waitFor()
    await step.getByRole('button', { expanded: true }).click()
  }
}

/**
 * The cells of a Markdown table row (`| a | b\|c |` → ['a', 'b\|c']): pipes after a backslash
 * are text, and a backslash escapes whatever follows it.
 */
export function markdownCells(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index)
    if (char === '\\') {
      cell += char + line.charAt(index + 1)
      index++
    } else if (char === '|') {
      cells.push(cell.trim())
      cell = ''
    } else cell += char
  }
  cells.push(cell.trim())
  // The leading and trailing pipes leave an empty cell at either end.
  return cells.slice(1, -1)
}

/** Each Markdown table as its lines (header, delimiter row, rows). */
export function markdownTables(markdown: string): string[][] {
  const tables: string[][] = []
  let current: string[] = []
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length > 0) {
      tables.push(current)
      current = []
    }
  }
  if (current.length > 0) tables.push(current)
  return tables
}
