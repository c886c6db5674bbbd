import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** The name of the performance mark the dashboard sets once all its charts have drawn. */
export const DRAWN_MARK = 'dashboard:charts-drawn'

/** The progress dashboard and a domain's progress tab, as a migration lead uses them. */
export class DashboardPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async open(): Promise<void> {
    await this.app.sidebar().getByRole('link', { name: 'Dashboard' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
  }

  /** Waits until every chart on the dashboard has drawn. */
  async chartsDrawn(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      DRAWN_MARK
    )
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  /** Presses the card's "Show as table" toggle and returns the table it shows. */
  async showTable(title: string, caption: string): Promise<Locator> {
    const card = this.card(title)
    await card.getByRole('button', { name: 'Show as table' }).click()
    const table = card.getByRole('table', { name: caption })
    await table.waitFor()
    return table
  }

  /** The number in a table cell of the row named `row`, by column header. */
  async cell(table: Locator, row: string, column: string): Promise<string> {
    const headers = await table.getByRole('columnheader').allTextContents()
    const index = headers.indexOf(column)
    if (index < 1) throw new Error(`No column ${column} in ${headers.join(', ')}`)
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: row, exact: true }) })
      .getByRole('cell')
      .nth(index - 1)
      .innerText()
  }
}
