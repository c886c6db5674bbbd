import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'
import {
  ONPREM_DIRECT_TO_INTERNET,
  ONPREM_VIA_CLOUD_TO_INTERNET
} from '../support/route-header-samples'

test.describe('route tests', () => {
  test('pasted headers show the verdict, the hops and the route drawn on the diagram', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    await page.getByRole('link', { name: 'Route tests' }).click()
    const plan = page.getByRole('region', { name: 'Route tests' })
    await expect(plan.getByRole('progressbar', { name: 'Route tests passed' })).toHaveAttribute(
      'value',
      '0'
    )
    await plan.getByRole('button', { name: /On-premises mailbox to the internet/ }).click()

    const detail = page.getByRole('region', { name: 'On-premises mailbox to the internet' })
    await expect(detail).toContainText('At the external mailbox')
    await detail.getByLabel('Message headers').fill(ONPREM_VIA_CLOUD_TO_INTERNET)
    await detail.getByRole('button', { name: 'Check the route' }).click()

    const result = detail.getByRole('region', { name: 'Result of the test' })
    await expect(result.getByText('Expected route', { exact: true })).toBeVisible()
    await expect(result.getByTestId('observed-path')).toHaveText(
      'On-premises servers → Exchange Online Protection (in) → Exchange Online → Exchange Online Protection (out) → Internet'
    )
    await expect(result).toContainText('HybridOnPrem')
    await expect(result.locator('line.trace')).toHaveCount(4)
    await expect(result.getByRole('img')).toHaveAccessibleDescription(
      /Observed route: On-premises servers/
    )
    await expect(result.getByRole('table').getByRole('row')).toHaveCount(6)
    await expect(
      plan.getByRole('button', { name: /On-premises mailbox to the internet/ })
    ).toContainText('Expected route')
    await expect(plan.getByRole('progressbar', { name: 'Route tests passed' })).toHaveAttribute(
      'value',
      '1'
    )
    // Only the headers are kept: the pasted message's body is gone.
    await expect(result).not.toContainText('must not be read')
    await expectAccessible(page, 'the route tests of a domain')

    // The status report shows the test with its verdict, its route and its evidence.
    await page.getByRole('link', { name: 'Status report' }).first().click()
    const preview = page.getByTestId('report-preview')
    const section = preview.locator('section.report-route-tests')
    await expect(section.getByRole('heading', { name: 'Route tests' })).toBeVisible()
    const row = section
      .getByRole('table', { name: /Route tests of contoso.com: 1 of 6/ })
      .getByRole('row', { name: /On-premises mailbox to the internet/ })
    await expect(row).toContainText('Expected route')
    await expect(row).toContainText('On-premises servers → Exchange Online Protection (in)')
    await section.getByText('Evidence: On-premises mailbox to the internet').click()
    await expect(section).toContainText('Hop 1: from EXCH01.contoso.local')
    await expect(section).toContainText('tester@example.net')
    await page.getByLabel('Redact email addresses in route-test evidence').check()
    await expect(section).toContainText('Email addresses are redacted')
    await expect(section).not.toContainText('tester@example.net')
    await expect(section).toContainText('…@example.net')
  })

  test('a dropped .eml file with the wrong route says what to check', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    await page.getByRole('link', { name: 'Route tests' }).click()
    await page.getByRole('button', { name: /On-premises mailbox to the internet/ }).click()
    const detail = page.getByRole('region', { name: 'On-premises mailbox to the internet' })
    await detail.locator('input[type=file]').setInputFiles({
      name: 'route-test.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(ONPREM_DIRECT_TO_INTERNET.replaceAll('\n', '\r\n') + '\r\n\r\nHello')
    })
    await expect(detail.getByText('From route-test.eml')).toBeVisible()
    await detail.getByRole('button', { name: 'Check the route' }).click()
    const result = detail.getByRole('region', { name: 'Result of the test' })
    await expect(result.getByText('Unexpected route', { exact: true })).toBeVisible()
    await expect(result).toContainText('delivered the message directly')
    await expect(result).toContainText('route-test.eml')
  })
})
