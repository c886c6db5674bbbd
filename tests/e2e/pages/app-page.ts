import type { Locator, Page } from '@playwright/test'

/** What a migration lead sees and clicks, by role and label. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./')
    await this.page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).waitFor()
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open sample project' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
  }

  /** Opens the app, creates the sample project and goes to its page `name` from the sidebar. */
  async openSampleAt(name: string): Promise<void> {
    await this.open()
    await this.openSample()
    await this.sidebar().getByRole('link', { name }).click()
    await this.page.getByRole('heading', { level: 1, name }).waitFor()
  }

  sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Project' })
  }

  async goToDomain(name: string): Promise<void> {
    await this.sidebar()
      .getByRole('link', { name: new RegExp(`^${name.replace('.', '\\.')}`) })
      .click()
    await this.page.getByRole('heading', { level: 1, name }).waitFor()
  }

  step(title: string): Locator {
    return this.page.locator('article').filter({ hasText: title })
  }

  async expandStep(title: string): Promise<Locator> {
    const step = this.step(title)
    await step.getByRole('button', { expanded: false }).click()
    return step
  }

  async setStepStatus(title: string, status: string, reason?: string): Promise<void> {
    const step = await this.expandStep(title)
    await step.getByLabel('Status').selectOption({ label: status })
    if (reason) await step.getByLabel(/What blocks it|Why it does not apply/).fill(reason)
    await step.getByRole('button', { name: 'Save step' }).click()
    await this.page.getByText('Step saved').first().waitFor()
    await step.getByRole('button', { expanded: true }).click()
  }
}
