import { expect, expectAccessible, test } from './fixtures'
import { DIG_TXT, NSLOOKUP_WINDOWS_MX } from '../support/dns-paste-fixtures'
import { DnsPage } from './pages/dns-page'
import { installFakeShell } from './pages/fake-shell'

test.describe('DNS tab', () => {
  test('asks for the assigned MX and where to find it, a guess only labelled, the on-premises host in scenario 4', async ({
    page
  }) => {
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    const mx = dns.record('MX', 'contoso.com')
    await expect(mx).toContainText('Microsoft assigns this host.')
    await expect(mx).toContainText(
      'Microsoft 365 admin center → Settings → Domains → contoso.com → DNS records'
    )
    await expect(mx).toContainText('GET /domains/contoso.com/serviceConfigurationRecords')
    await expect(mx).toContainText(
      'Get-DnssecStatusForVerifiedDomain -DomainName contoso.com, its ExpectedMxRecord'
    )
    // The old pattern is a labelled guess, never offered to copy as the value to publish.
    await expect(mx.getByTestId('mx-guess')).toContainText(
      'Guess from the domain name, not to publish: contoso-com.mail.protection.outlook.com'
    )
    await expect(mx.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(0)
    await mx.getByRole('button', { name: 'Enter the assigned host' }).click()
    await expect(dns.field('Assigned MX host')).toBeFocused()
    await expect(dns.record('SPF', 'contoso.com')).toContainText(
      'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com ip4:203.0.113.25 -all'
    )
    await expect(
      page.getByText(
        'Live DNS checks need the desktop app; paste what nslookup or dig printed instead.'
      )
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Check DNS now' })).toHaveCount(0)
    await expectAccessible(page, 'the DNS tab')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the DNS tab in the dark theme')
    await page.emulateMedia({ colorScheme: 'light' })

    await dns.openDomain('litwareinc.com')
    const onPremises = dns.record('MX', 'litwareinc.com')
    await expect(onPremises.locator('code', { hasText: 'mail.contoso.com' })).toBeVisible()
    await expect(onPremises).not.toContainText('Guess')
    await expect(onPremises).toContainText('Scenario 4: MX points to the on-premises server')
  })

  test('takes the assigned MX in scenario 4, before the move to Exchange Online', async ({
    page
  }) => {
    const dns = new DnsPage(page)
    await dns.openWithSample('litwareinc.com')
    await expect(dns.field('Assigned MX host')).toBeEditable()
    await dns.field('Assigned MX host').fill('litwareinc-com.o-v1.mx.microsoft')
    await dns.saveValues()
    await expect(page.getByText('DNS values saved').first()).toBeVisible()
    await page.reload()
    await page.getByRole('heading', { name: 'DNS records' }).waitFor()
    await expect(dns.field('Assigned MX host')).toHaveValue('litwareinc-com.o-v1.mx.microsoft')
    // The card still expects the on-premises host of scenario 4 until the scenario changes.
    await expect(dns.record('MX', 'litwareinc.com')).toContainText('mail.contoso.com')
  })

  test('normalises the assigned MX host and refuses a 10,000-character TXT value', async ({
    page
  }) => {
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    await dns.field('Assigned MX host').fill('CONTOSO-COM.Mail.Protection.Outlook.com.')
    await dns.saveValues()
    await expect(page.getByText('DNS values saved').first()).toBeVisible()
    await expect(dns.field('Assigned MX host')).toHaveValue(
      'contoso-com.mail.protection.outlook.com'
    )
    const mx = dns.record('MX', 'contoso.com')
    await expect(mx).not.toContainText('Microsoft assigns this host.')
    await expect(
      mx.locator('code', { hasText: 'contoso-com.mail.protection.outlook.com' })
    ).toBeVisible()

    await dns.field('Verification TXT').fill(`MS=ms${'9'.repeat(9_995)}`)
    await dns.saveValues()
    await expect(
      page.getByText(
        'The value is 10,000 characters long; a record value here is at most 4,000. Check that only the record was copied.'
      )
    ).toBeVisible()
    await expect(dns.field('Verification TXT')).toHaveAttribute('aria-invalid', 'true')

    await page.reload()
    await page.getByRole('heading', { name: 'DNS records' }).waitFor()
    await expect(dns.field('Verification TXT')).toHaveValue('')
    await expect(dns.field('Assigned MX host')).toHaveValue(
      'contoso-com.mail.protection.outlook.com'
    )
    await expect(dns.record('Domain verification', 'contoso.com')).toContainText(
      'format: MS=ms followed by 8 digits'
    )
  })

  test('judges pasted nslookup and dig output, and lets the user mark the MX step done', async ({
    page
  }) => {
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    await dns.field('Assigned MX host').fill('contoso-com.mail.protection.outlook.com')
    await dns.saveValues()
    await expect(page.getByText('DNS values saved').first()).toBeVisible()
    await dns
      .record('MX', 'contoso.com')
      .getByRole('button', { name: 'Paste output for MX…' })
      .click()
    const dialog = dns.dialog()
    await expect(dialog.getByLabel('Record name')).toHaveValue('contoso.com')
    await expect(dialog.getByLabel('Record type')).toHaveValue('mx')

    await dialog.getByLabel('Output', { exact: true }).fill('hello world\nthis is not DNS')
    await dialog.getByRole('button', { name: 'Check pasted output' }).click()
    await expect(
      dialog.getByText('Line 1: “hello world” is not output of nslookup, dig or Resolve-DnsName.')
    ).toBeVisible()
    await expect(dialog.getByRole('heading', { name: 'Pasted (0)' })).toBeVisible()
    await expectAccessible(page, 'the paste dialog')

    // One box, two commands (nslookup MX and dig TXT), one click: sorted and checked at once.
    await dns.pasteAndCheck(`${NSLOOKUP_WINDOWS_MX}\n${DIG_TXT}`)
    await expect(dialog).toBeHidden()

    const mx = dns.record('MX', 'contoso.com')
    await expect(mx).toContainText('OK')
    await expect(mx).toContainText('MX points to contoso-com.mail.protection.outlook.com.')
    await expect(mx).toContainText('0 contoso-com.mail.protection.outlook.com')
    await expect(mx).toContainText('pasted output')
    const verification = dns.record('Domain verification', 'contoso.com')
    await expect(verification).toContainText('Warning')
    await expect(verification).toContainText(
      'Found MS=ms97284866: enter the value the admin center shows to confirm it is this tenant’s.'
    )
    const spf = dns.record('SPF', 'contoso.com')
    await expect(spf).toContainText('Needs the record for spf.protection.outlook.com')
    // The card shows the record it read while the include is still needed.
    await expect(spf.getByRole('list', { name: 'Read from the pasted output' })).toContainText(
      'v=spf1 ip4:131.107.21.231 ip4:203.0.113.25 include:spf.protection.outlook.com -all'
    )
    await expect(page.getByText('Checked 2 of 7 records from pasted output')).toBeVisible()
    // Asked again, only what is still missing is asked for: the include's record, never what was
    // pasted already.
    await spf.getByRole('button', { name: 'Paste output for SPF…' }).click()
    const needed = dialog.getByRole('region', { name: 'Still needed to judge every record' })
    await expect(needed).toContainText('spf.protection.outlook.com')
    for (const pasted of ['MX contoso.com', 'TXT contoso.com'])
      await expect(needed.getByRole('button', { name: pasted, exact: true })).toHaveCount(0)
    await expect(dialog.getByRole('heading', { name: 'Pasted (2)' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).last().click()
    // The pasted output is kept with its date, across a restart, and so is what it still needs.
    await page.reload()
    await expect(spf).toContainText('Needs the record for spf.protection.outlook.com')
    await expect(spf.getByRole('list', { name: 'Read from the pasted output' })).toContainText(
      'v=spf1 ip4:131.107.21.231 ip4:203.0.113.25 include:spf.protection.outlook.com -all'
    )
    await spf.getByRole('button', { name: 'Paste output for SPF…' }).click()
    await expect(dialog.getByRole('heading', { name: 'Pasted (2)' })).toBeVisible()
    await expect(
      dialog.getByRole('region', { name: 'Still needed to judge every record' })
    ).toContainText('spf.protection.outlook.com')
    await expect(dialog.getByRole('listitem').filter({ hasText: 'nslookup' })).toContainText(
      /pasted \w{3} \d{1,2}, \d{4}/
    )
    await dialog.getByRole('button', { name: 'Close' }).last().click()

    await dns.tab('Checklist').click()
    const step = dns.app.step('Point the MX record to Exchange Online Protection')
    await expect(step).toContainText('Verified on')
    await expect(step).toContainText('To do')
    await step.getByRole('button', { name: 'Mark done' }).click()
    await expect(page.getByText('Step marked done').first()).toBeVisible()
    await expect(step).toContainText('Done')
    await expect(step.getByRole('button', { name: 'Mark done' })).toHaveCount(0)
    await expect(step).toContainText('Verified on')
  })

  test('judges a stored observation again after the domain’s scenario changes', async ({
    page
  }) => {
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    await dns
      .record('MX', 'contoso.com')
      .getByRole('button', { name: 'Paste output for MX…' })
      .click()
    await dns.pasteAndCheck(NSLOOKUP_WINDOWS_MX)
    await expect(dns.dialog()).toBeHidden()
    const mx = dns.record('MX', 'contoso.com')
    // Nothing entered: Exchange Online, not yet confirmed as the assigned host.
    await expect(mx.getByText('Warning', { exact: true })).toBeVisible()
    await expect(mx).toContainText(
      'MX points to Exchange Online Protection (contoso-com.mail.protection.outlook.com): enter the MX host Microsoft assigned to contoso.com'
    )

    // The domain moves to MX on-premises: the same observation no longer meets its scenario.
    await page.getByRole('button', { name: 'Edit domain' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit contoso.com' })
    await dialog.getByText('Scenario 4: MX to on-premises').click()
    await dialog.getByRole('button', { name: 'Save domain' }).click()
    await expect(dialog).toBeHidden()
    await dns.openDomain('contoso.com')
    await expect(mx).toContainText(
      'MX points to Exchange Online Protection (contoso-com.mail.protection.outlook.com), but this domain’s scenario has MX on the on-premises host mail.contoso.com.'
    )
    await expect(mx.getByText('Error', { exact: true })).toBeVisible()
    await expect(mx.getByText('Warning', { exact: true })).toHaveCount(0)
    // What DNS answered, and from where, is kept.
    await expect(mx).toContainText('0 contoso-com.mail.protection.outlook.com')
    await expect(mx).toContainText('pasted output')
    await expectAccessible(page, 'the DNS tab after a scenario change')
  })
})

test.describe('DNS tab in the desktop app', () => {
  test('a live check that cannot reach DNS says why and overwrites nothing', async ({ page }) => {
    await installFakeShell(page, { canary: null, files: [] })
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    await expect(
      page.getByText(
        'Live DNS checks need the desktop app; paste what nslookup or dig printed instead.'
      )
    ).toHaveCount(0)

    await dns.field('DNS server (optional)').fill('dns.google')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('DNS server “dns.google” is not an IP address')).toBeVisible()
    await dns.field('DNS server (optional)').fill('192.0.2.53:5353')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('DNS server saved').first()).toBeVisible()

    // The paste dialog is there in the desktop too: store an observation first.
    await page.getByRole('button', { name: 'Paste DNS output…' }).click()
    await dns.pasteAndCheck(NSLOOKUP_WINDOWS_MX)
    const mx = dns.record('MX', 'contoso.com')
    await expect(mx).toContainText('0 contoso-com.mail.protection.outlook.com')

    // The fake shell's DNS answers SERVFAIL to every query, as a machine without network would.
    await page.getByRole('button', { name: 'Check DNS now' }).click()
    await expect(page.getByRole('alert')).toContainText('Could not check: No DNS in this test.')
    await expect(page.getByRole('alert')).toContainText('Nothing was overwritten')
    await expect(mx).toContainText('0 contoso-com.mail.protection.outlook.com')
    await expect(mx).toContainText('pasted output')
    await expect(mx).toContainText('The earlier observation is kept.')
    await expectAccessible(page, 'the DNS tab in the desktop app')
  })
})
