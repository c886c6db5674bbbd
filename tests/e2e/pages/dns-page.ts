import type { Locator, Page } from '@playwright/test'
import { AppPage } from './app-page'

/** What DNS tools print, as users paste it: the unit tests' own pastes where they serve. */
export { NSLOOKUP_WINDOWS_MX as NSLOOKUP_MX } from '../../unit/dns/paste-fixtures'

/** dig TXT with the verification record and an SPF record split into two strings. */
export const DIG_TXT = `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> txt contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 61873
;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;contoso.com.\t\t\tIN\tTXT

;; ANSWER SECTION:
contoso.com.\t\t3600\tIN\tTXT\t"MS=ms97284866"
contoso.com.\t\t3600\tIN\tTXT\t"v=spf1 ip4:131.107.21.231 ip4:203.0.113.25 " "include:spf.protection.outlook.com -all"

;; Query time: 31 msec
;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)
;; WHEN: Tue Jan 07 10:13:02 UTC 2025
;; MSG SIZE  rcvd: 180
`

/** A domain's DNS tab: entered values, record cards and the paste dialog. */
export class DnsPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  /** Opens the sample project on a domain's DNS tab. */
  async openWithSample(domain: string): Promise<void> {
    await this.app.open()
    await this.app.openSample()
    await this.openDomain(domain)
  }

  async openDomain(domain: string): Promise<void> {
    await this.app.goToDomain(domain)
    await this.tab('DNS').click()
    await this.page.getByRole('heading', { name: 'DNS records' }).waitFor()
  }

  tab(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Domain sections' })
      .getByRole('link', { name, exact: true })
  }

  /** The card of one record, by its title (MX, SPF, Domain verification, …) and DNS name. */
  record(title: string, name: string): Locator {
    return this.page.getByRole('article', { name: `${title} record of ${name}`, exact: true })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async saveValues(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save values' }).click()
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Paste DNS output for/ })
  }

  /** Pastes the output of one or more commands in the open paste dialog and checks it. */
  async pasteAndCheck(output: string): Promise<void> {
    const dialog = this.dialog()
    await dialog.getByLabel('Output', { exact: true }).fill(output)
    await dialog.getByRole('button', { name: 'Check pasted output' }).click()
  }
}
