import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** A domain's Transition tab: choosing a target, the diagrams, the runbook and applying it. */
export class TransitionPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Domain sections' })
      .getByRole('link', { name: 'Transition', exact: true })
      .click()
    await this.page.getByRole('heading', { name: 'Plan a transition' }).waitFor()
  }

  async chooseTarget(scenario: number): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^Scenario ${scenario}:`) }).check()
    await this.runbook().waitFor()
  }

  target(scenario: number): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^Scenario ${scenario}:`) })
  }

  diagram(scenario: number): Locator {
    return this.page.getByRole('img', {
      name: `Mail-flow diagram of scenario ${scenario}`,
      exact: true
    })
  }

  runbook(): Locator {
    return this.page.getByRole('region', { name: /^Runbook: scenario/ })
  }

  /** The runbook's action ids in the order shown. */
  async actionIds(): Promise<string[]> {
    return this.runbook()
      .locator('[data-action-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-action-id') ?? ''))
  }

  /** How many actions the progress bar counts as ticked. */
  async ticked(): Promise<number> {
    return this.page
      .getByRole('progressbar', { name: 'Runbook actions ticked' })
      .evaluate((node) => (node as HTMLProgressElement).value)
  }

  action(title: RegExp): Locator {
    return this.runbook().getByRole('checkbox', { name: title })
  }

  /** Clicks an export button and returns the saved file's name and text. */
  async export(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click()
    ])
    const path = await download.path()
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }

  async apply(scenario: number, domain: string): Promise<void> {
    await this.page.getByRole('button', { name: `Apply scenario ${scenario}…` }).click()
    const dialog = this.page.getByRole('dialog', {
      name: `Apply scenario ${scenario} to ${domain}?`
    })
    await dialog.getByRole('button', { name: `Apply scenario ${scenario}` }).click()
    await this.page.getByText(`${domain} is now in scenario ${scenario}`).waitFor()
  }
}
