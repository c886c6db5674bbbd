import type { Locator, Page } from '@playwright/test'
import { TransitionPage } from './transition-page'

/** A domain's cut-over run on its Transition tab: the schedule form, the live view, the archive. */
export class CutoverPage {
  readonly transition: TransitionPage

  constructor(readonly page: Page) {
    this.transition = new TransitionPage(page)
  }

  form(): Locator {
    return this.page.getByRole('form', { name: /^Schedule the cut-over/ })
  }

  /** One action's row of the schedule form. */
  formAction(id: string): Locator {
    return this.form().locator(`[data-action-id="${id}"]`)
  }

  live(): Locator {
    return this.page.getByRole('region', { name: /^Cut-over run: scenario/ })
  }

  panel(name: 'Next' | 'Late' | 'Who is on it'): Locator {
    return this.live().getByRole('region', { name, exact: true })
  }

  gate(name: string): Locator {
    return this.live()
      .getByRole('region', { name: 'Go/no-go gates' })
      .getByRole('listitem')
      .filter({ hasText: name })
  }

  /** One action of the live view's runbook. */
  action(id: string): Locator {
    return this.live().locator(`li[data-action-id="${id}"]`)
  }

  async decideGate(name: string, verdict: 'Pass' | 'Fail', note = ''): Promise<void> {
    const gate = this.gate(name)
    if (note !== '') await gate.getByRole('textbox').fill(note)
    await gate.getByRole('button', { name: `${verdict} “${name}”` }).click()
    await gate.getByText(verdict === 'Pass' ? 'Passed' : 'Failed', { exact: true }).waitFor()
  }

  async tick(id: string, note = ''): Promise<void> {
    const action = this.action(id)
    if (note !== '') await action.getByRole('textbox').fill(note)
    await action.getByRole('checkbox').check()
    await action.getByText(/ticked by /).waitFor()
  }

  /** Sets the user's name in Settings: the next changes are recorded under it. */
  async actAs(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings' }).click()
    await this.page.getByRole('dialog').getByLabel('Your name').fill(name)
    await this.page.getByRole('button', { name: 'Save settings' }).click()
    await this.page.getByRole('dialog').waitFor({ state: 'detached' })
  }
}
