import { pathToFileURL } from 'node:url'
import type { Browser, Locator, Page, TestInfo } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { budget } from './support/budgets'
import { csvFile, MailboxesPage } from './pages/mailboxes-page'
import {
  FORMULA_PAYLOAD,
  HTML_PAYLOAD,
  markdownCells,
  markdownTables,
  ReportsPage
} from './pages/reports-page'
import {
  inkShare,
  meanGrey,
  overlappingWords,
  pdfPageCount,
  pdfPageGrey,
  pdfPagePng,
  pdfText,
  pdfWords,
  requirePoppler
} from './support/pdf'
import { csvRows } from '../support/csv-rows'

/** The sample's domains in the report's (alphabetical) order, with their scenarios. */
const SAMPLE_DOMAINS = [
  { name: 'contoso.com', scenario: 1, title: 'MX to Microsoft 365, Microsoft 365 filters' },
  { name: 'fabrikam.com', scenario: 2, title: 'MX to Microsoft 365, filtering on-premises' },
  {
    name: 'litwareinc.com',
    scenario: 4,
    title: 'MX to on-premises, on-premises relays through Microsoft 365'
  },
  { name: 'tailspintoys.com', scenario: 3, title: 'MX to on-premises, on-premises sends directly' }
] as const

const SECTIONS = [
  'Status',
  'Summary',
  'Domains',
  'Connectors',
  'Route tests',
  'Cut-over runs',
  'Mailboxes',
  'Forecast',
  'Exceptions'
]

/** A project name with markup, an ampersand and quotes: each must reach the reader as text. */
const HOSTILE_PROJECT = `${HTML_PAYLOAD} & "Contoso"`

/** Text only the app around the report shows: none of it may reach the printed page. */
const APP_CHROME = [
  'Hybrid Mail-Flow Tracker',
  'Backup and restore',
  'Add domain',
  'Project profile',
  'Print or save as PDF',
  'Report on',
  'Forecast in working days',
  'Refresh',
  'Progress, exceptions and the forecast for the steering committee'
]

/** The words of a text, for comparing what pdftotext wraps and spaces as it likes. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Fails the test on any dialog the page opens (alert(1) is what the payloads would call). */
function refuseDialogs(page: Page, dialogs: string[]): void {
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
}

/**
 * Gives the sample hostile values through the UI: the project's name, and a blocked step's reason
 * and owner in two domains (the payloads swapped between them).
 */
async function makeHostile(reports: ReportsPage): Promise<void> {
  await reports.app.open()
  await reports.app.openSample()
  await reports.editStep('litwareinc.com', 'Add the domain to Microsoft 365', {
    status: 'Blocked',
    reason: HTML_PAYLOAD,
    owner: FORMULA_PAYLOAD
  })
  await reports.editStep('fabrikam.com', 'Enable centralized mail transport', {
    reason: FORMULA_PAYLOAD,
    owner: HTML_PAYLOAD
  })
  await reports.renameProject(HOSTILE_PROJECT)
  await reports.open()
  await expect(reports.title()).toHaveText(`Status report: ${HOSTILE_PROJECT}`)
}

/** What a document holds that could run, load or hide something, read in the page itself. */
async function inspectDocument(page: Page): Promise<{
  firstInHead: string
  csp: string | null
  scripts: number
  handlers: string[]
  styleAttributes: number
  foreignImages: string[]
  images: number
  embedders: number
  title: string
  text: string
}> {
  return page.evaluate(() => {
    const first = document.head.firstElementChild
    const all = [...document.querySelectorAll('*')]
    return {
      firstInHead:
        first === null ? '' : `${first.tagName.toLowerCase()} ${first.getAttribute('http-equiv')}`,
      csp: first?.getAttribute('content') ?? null,
      scripts: document.scripts.length,
      handlers: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
          .map((attribute) => `${element.tagName.toLowerCase()} ${attribute.name}`)
      ),
      styleAttributes: all.filter((element) => element.hasAttribute('style')).length,
      foreignImages: [...document.images]
        .map((image) => image.getAttribute('src') ?? '')
        .filter((src) => !/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(src)),
      images: document.images.length,
      embedders: document.querySelectorAll(
        'iframe, frame, object, embed, link, base, form, svg, math, meta[http-equiv="refresh"]'
      ).length,
      title: document.title,
      text: document.body.textContent ?? ''
    }
  })
}

/**
 * Prints the saved HTML file to PDF as the desktop app does: the file loaded in its own session
 * with JavaScript off, A4 with backgrounds and 1 cm margins. Fails on any request other than the
 * file itself and data: URLs.
 */
async function printLikeDesktop(browser: Browser, html: string, pdf: string): Promise<void> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1024, height: 1400 }
  })
  const fileUrl = pathToFileURL(html).href
  const requests: string[] = []
  try {
    const page = await context.newPage()
    page.on('request', (request) => {
      const url = request.url()
      if (url !== fileUrl && !url.startsWith('data:')) requests.push(url)
    })
    await page.goto(fileUrl)
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' }
    })
  } finally {
    await context.close()
  }
  expect(requests, 'requests of the report file').toEqual([])
}

/**
 * What every reader of a PDF of the report should get: several pages, no word outside the paper,
 * a first page with text on white (in any theme), and the report's text with `expected` in it.
 */
async function expectReadablePdf(
  pdf: string,
  testInfo: TestInfo,
  name: string,
  expected: readonly string[]
): Promise<string> {
  expect(await pdfPageCount(pdf), `pages of ${name}`).toBeGreaterThanOrEqual(2)
  const pages = await pdfWords(pdf)
  const outside = pages.flatMap((page, index) =>
    page.words
      .filter(
        (word) =>
          word.xMin < 0 || word.yMin < 0 || word.xMax > page.width || word.yMax > page.height
      )
      .map((word) => `page ${index + 1}: ${word.text}`)
  )
  expect(outside, `words cut off the paper in ${name}`).toEqual([])
  const overprinted = pages.flatMap((page, index) =>
    overlappingWords(page).map(([a, b]) => `page ${index + 1}: "${a.text}" over "${b.text}"`)
  )
  expect(overprinted, `words printed over each other in ${name}`).toEqual([])

  const grey = await pdfPageGrey(pdf, 1, 50, testInfo.outputPath(`${name}-page1`))
  // Text on a white sheet: some ink, but mostly paper (a dark theme must not reach the paper).
  expect(inkShare(grey), `ink on page 1 of ${name}`).toBeGreaterThan(0.01)
  expect(meanGrey(grey), `brightness of page 1 of ${name}`).toBeGreaterThan(200)
  const png = await pdfPagePng(pdf, 1, 50, testInfo.outputPath(`${name}-page1`))
  await testInfo.attach(`${name} page 1`, { path: png, contentType: 'image/png' })

  const layout = await pdfText(pdf, { layout: true })
  const flowing = squeeze(await pdfText(pdf))
  for (const text of expected) {
    // A long value may wrap inside its table cell: compare it without the line breaks.
    expect(flowing, `${name} holds ${text}`).toContain(squeeze(text))
  }
  return layout
}

type FocusLogWindow = Window & { focusLog: Element[] }

/**
 * Presses Tab `presses` times from where the focus is and returns the focus order: a function
 * giving the position (1, 2, …) at which an element took the focus, or 0 if it did not. The page
 * records each `focusin`, so the presses are not each followed by a round trip to ask where the
 * focus went (one per press timed out on a busy machine).
 */
async function tabThrough(
  page: Page,
  presses: number
): Promise<(target: Locator) => Promise<number>> {
  await page.evaluate(() => {
    const log: Element[] = []
    ;(window as unknown as FocusLogWindow).focusLog = log
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof Element) log.push(event.target)
    })
  })
  // A press resolves once the page has handled the key, so the log is complete after the loop.
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab')
  return (target) =>
    target.evaluate(
      (element) => (window as unknown as FocusLogWindow).focusLog.indexOf(element) + 1
    )
}

test.describe('the status report, as its reader gets it', () => {
  // Each test makes PDFs (Chromium's print, then pdftotext and pdftoppm), several seconds apiece
  // on a busy machine: 45 s held for the rest of the suite, not for these.
  test.describe.configure({ timeout: budget(120_000) })
  test.beforeAll(() => requirePoppler())

  test('the report screen of the sample: every domain, one domain by URL, accessible, keyboard', async ({
    page,
    problems
  }) => {
    const reports = new ReportsPage(page)
    await reports.openWithSample()
    await expect(page).toHaveURL(/#\/p\/[^/]+\/reports$/)
    await expect(reports.title()).toHaveText('Status report: Contoso hybrid migration')
    await expect(reports.preview().getByRole('heading', { level: 2 })).toHaveText(SECTIONS)

    const sections = reports.domainSections()
    await expect(sections).toHaveCount(SAMPLE_DOMAINS.length)
    for (const [index, domain] of SAMPLE_DOMAINS.entries()) {
      const section = sections.nth(index)
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(
        new RegExp(`^${domain.name.replace('.', '\\.')}\\s*Scenario ${domain.scenario}$`)
      )
      await expect(section.locator('.report-scenario')).toHaveText(
        `Scenario ${domain.scenario}: ${domain.title}`
      )
      // The report's progress agrees with the sidebar's "S1 · 3/8".
      const meta = await reports.app
        .sidebar()
        .getByRole('link', { name: new RegExp(`^${domain.name.replace('.', '\\.')}`) })
        .locator('.meta')
        .textContent()
      const [, done, total] = /(\d+)\/(\d+)/.exec(meta ?? '') ?? []
      await expect(section.locator('.report-progress')).toContainText(
        `Required steps: ${done} of ${total} settled`
      )
    }
    await expect(reports.summaryValue('Domains')).toHaveText('4')
    await expect(reports.summaryValue('Required steps settled')).toHaveText('7 of 52 (13%)')
    // The summary's counts are the exception lists' lengths.
    const exceptions = reports.section('Exceptions')
    await expect(reports.summaryValue('Blocked steps')).toHaveText('1')
    await expect(
      exceptions.getByRole('table', { name: 'Blocked steps' }).locator('tbody tr')
    ).toHaveCount(1)
    await expect(reports.summaryValue('Overdue steps')).toHaveText('2')
    await expect(
      exceptions.getByRole('table', { name: 'Overdue steps' }).locator('tbody tr')
    ).toHaveCount(2)
    // The charts are drawn as PNG images with a text alternative.
    const images = reports.preview().getByRole('img')
    expect(await images.count()).toBeGreaterThanOrEqual(1)
    for (const image of await images.all()) {
      await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/)
      await expect(image).toHaveAttribute('alt', /\w/)
    }
    await expectAccessible(page, 'the status report (light)')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the status report (dark)')
    await page.emulateMedia({ colorScheme: 'light' })

    // One domain: its own URL, title and section, and nothing of the others.
    await reports.scope().selectOption({ label: 'fabrikam.com' })
    await expect(page).toHaveURL(/#\/p\/[^/]+\/reports\/[^/]+$/)
    const title = 'Status report: fabrikam.com (Contoso hybrid migration)'
    await expect(reports.title()).toHaveText(title)
    await expect(sections).toHaveCount(1)
    await expect(sections.getByRole('heading', { level: 3 })).toHaveText(/^fabrikam\.com/)
    for (const other of ['contoso.com', 'litwareinc.com', 'tailspintoys.com'])
      await expect(reports.section('Domains')).not.toContainText(other)
    await expect(reports.summaryValue('Domain')).toHaveText('1')
    // The URL alone opens the same report.
    await page.reload()
    await expect(reports.title()).toHaveText(title)
    await expect(reports.scope()).toHaveValue(/.+/)
    await expectAccessible(page, 'the report of one domain')
    await reports.scope().selectOption({ index: 0 })
    await expect(page).toHaveURL(/#\/p\/[^/]+\/reports$/)
    await expect(sections).toHaveCount(SAMPLE_DOMAINS.length)

    // Keyboard: from the sidebar, Tab reaches the scope and every export, in order; Enter saves.
    await reports.app.sidebar().getByRole('link', { name: 'Status report' }).focus()
    const exportNames = [
      'Print or save as PDF…',
      'HTML',
      'Markdown',
      'Steps CSV',
      'Mailboxes CSV'
    ] as const
    // At most 10 presses to the scope, 5 more to the first export, then one per export.
    const pressOf = await tabThrough(page, 10 + 5 + exportNames.length - 1)
    const scope = await pressOf(reports.scope())
    expect(scope, 'Tab reaches the scope within 10 presses').toBeGreaterThan(0)
    expect(scope).toBeLessThanOrEqual(10)
    const first = await pressOf(reports.exportButton(exportNames[0]))
    expect(first - scope, 'the first export follows the scope within 5 presses').toBeGreaterThan(0)
    expect(first - scope).toBeLessThanOrEqual(5)
    for (const [index, name] of exportNames.entries())
      expect(await pressOf(reports.exportButton(name)), `${name} in order`).toBe(first + index)
    await reports.exportButton('Markdown').focus()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter')
    ])
    expect(download.suggestedFilename()).toMatch(
      /^contoso-hybrid-migration-status-\d{4}-\d{2}-\d{2}\.md$/
    )
    expect(problems).toEqual([])
  })

  test('hostile values: the HTML file is inert and its desktop-made PDF reads them as text', async ({
    page,
    browser,
    problems
  }, testInfo) => {
    const dialogs: string[] = []
    refuseDialogs(page, dialogs)
    const reports = new ReportsPage(page)
    await makeHostile(reports)

    // The app's preview shows the values as text and runs nothing.
    const blocked = reports.section('Exceptions').getByRole('table', { name: 'Blocked steps' })
    await expect(blocked.getByRole('cell', { name: HTML_PAYLOAD, exact: true })).toHaveCount(2)
    await expect(blocked.getByRole('cell', { name: FORMULA_PAYLOAD, exact: true })).toHaveCount(2)
    const preview = await reports.preview().evaluate((sheet) => ({
      handlers: [...sheet.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on'))
      ).length,
      foreignImages: [...sheet.querySelectorAll('img')].filter(
        (image) => !(image.getAttribute('src') ?? '').startsWith('data:image/png;base64,')
      ).length
    }))
    expect(preview).toEqual({ handlers: 0, foreignImages: 0 })

    const html = await reports.save('HTML', testInfo.outputPath())
    expect(html.download.suggestedFilename()).toMatch(
      /^[a-z0-9.-]+-status-\d{4}-\d{2}-\d{2}\.html$/
    )
    expect(html.text).not.toContain(HTML_PAYLOAD)

    // The file, opened as a reader opens it (JavaScript on, so anything that could run would).
    const viewer = await browser.newContext()
    try {
      const file = await viewer.newPage()
      const fileProblems: string[] = []
      refuseDialogs(file, dialogs)
      file.on('console', (message) => {
        if (message.type() === 'error') fileProblems.push(message.text())
      })
      file.on('pageerror', (error) => fileProblems.push(error.message))
      await file.goto(pathToFileURL(html.path).href)
      const found = await inspectDocument(file)
      expect(found.firstInHead).toBe('meta Content-Security-Policy')
      expect(found.csp).toContain("default-src 'none'")
      expect(found.csp).not.toMatch(/script-src|unsafe-eval|https?:/)
      expect(found).toMatchObject({
        scripts: 0,
        handlers: [],
        styleAttributes: 0,
        foreignImages: [],
        embedders: 0,
        title: `Status report: ${HOSTILE_PROJECT}`
      })
      expect(found.images).toBeGreaterThanOrEqual(1)
      expect(found.text).toContain(`Status report: ${HOSTILE_PROJECT}`)
      expect(found.text).toContain(HTML_PAYLOAD)
      expect(found.text).toContain(FORMULA_PAYLOAD)
      expect(fileProblems, 'errors of the saved HTML file').toEqual([])
    } finally {
      await viewer.close()
    }

    const pdf = testInfo.outputPath('desktop-report.pdf')
    await printLikeDesktop(browser, html.path, pdf)
    const text = await expectReadablePdf(pdf, testInfo, 'desktop PDF', [
      `Status report: ${HOSTILE_PROJECT}`,
      HTML_PAYLOAD,
      FORMULA_PAYLOAD,
      ...SAMPLE_DOMAINS.map((domain) => domain.name),
      ...SECTIONS
    ])
    // The layout keeps a blocked step's row together: step, reason and owner on one line.
    expect(text).toMatch(/Add the domain to Microsoft 365\s+<img src=x onerror=alert\(1\)>/)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })

  test('hostile values: Markdown escapes them, the steps CSV neutralises them, the browser prints the report alone', async ({
    page,
    problems
  }, testInfo) => {
    const dialogs: string[] = []
    refuseDialogs(page, dialogs)
    const reports = new ReportsPage(page)
    await makeHostile(reports)

    const markdown = await reports.save('Markdown', testInfo.outputPath())
    expect(markdown.download.suggestedFilename()).toMatch(/\.md$/)
    // Every angle bracket is escaped, so no renderer makes an element of a value.
    expect(markdown.text.match(/(?<!\\)[<>]/g)).toBeNull()
    expect(markdown.text).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(markdown.text.split('\n')[0]).toBe(
      '# Status report: \\<img src=x onerror=alert(1)\\> \\& "Contoso"'
    )
    const tables = markdownTables(markdown.text)
    expect(tables.length).toBeGreaterThan(5)
    for (const table of tables) {
      const width = markdownCells(table[0] ?? '').length
      expect(width).toBeGreaterThan(1)
      for (const line of table) expect(markdownCells(line), line).toHaveLength(width)
    }
    const blockedRows = tables
      .flat()
      .filter((line) => line.startsWith('| litwareinc.com | Add the domain to Microsoft 365'))
    expect(blockedRows).toEqual([
      '| litwareinc.com | Add the domain to Microsoft 365 | \\<img src=x onerror=alert(1)\\> | =HYPERLINK("http://evil","x") |'
    ])

    const steps = await reports.save('Steps CSV', testInfo.outputPath())
    expect(steps.text.startsWith('\ufeff')).toBe(true)
    const rows = csvRows(steps.text)
    expect(rows[0]).toEqual([
      'Domain',
      'Scenario',
      'Step',
      'Category',
      'Requirement',
      'Status',
      'Status reason',
      'Owner',
      'Due date',
      'Completed at',
      'Overdue'
    ])
    for (const row of rows) {
      expect(row).toHaveLength(11)
      for (const cell of row) expect(cell, `a cell of ${row.join(',')}`).not.toMatch(/^[=+\-@\t\r]/)
    }
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(
      new Set(SAMPLE_DOMAINS.map((domain) => domain.name))
    )
    const litware = rows.find(
      (row) => row[0] === 'litwareinc.com' && row[2] === 'Add the domain to Microsoft 365'
    )
    expect(litware?.slice(5, 8)).toEqual(['Blocked', HTML_PAYLOAD, `'${FORMULA_PAYLOAD}`])
    const fabrikam = rows.find((row) => row[2] === 'Enable centralized mail transport')
    expect(fabrikam?.slice(5, 8)).toEqual(['Blocked', `'${FORMULA_PAYLOAD}`, HTML_PAYLOAD])
    expect(steps.text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`)

    // The browser's PDF: the page printed under the print stylesheet.
    await page.emulateMedia({ media: 'print' })
    const pdf = testInfo.outputPath('browser-report.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    const text = await expectReadablePdf(pdf, testInfo, 'browser PDF', [
      `Status report: ${HOSTILE_PROJECT}`,
      HTML_PAYLOAD,
      FORMULA_PAYLOAD,
      ...SAMPLE_DOMAINS.map((domain) => domain.name),
      ...SECTIONS,
      // The last table of the last section: the report is not cut at the screen's height.
      '_dmarc.tailspintoys.com'
    ])
    for (const chrome of APP_CHROME) expect(text, 'the app around the report').not.toContain(chrome)
    expect(text).not.toMatch(/^\s*(Overview|Dashboard|Activity)\s*$/m)
    await page.emulateMedia({ media: 'screen' })
    // "Print or save as PDF…" opens the browser's print (last: the page then stays in print).
    await page.evaluate(() => {
      const marks = window as unknown as { printed?: boolean }
      window.addEventListener('beforeprint', () => (marks.printed = true), { once: true })
    })
    await reports.exportButton('Print or save as PDF…').click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed))
      .toBe(true)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })

  test('hostile mailbox names: failed ones are exceptions, the mailbox CSV neutralises them', async ({
    page,
    problems
  }, testInfo) => {
    const dialogs: string[] = []
    refuseDialogs(page, dialogs)
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.importFile(
      csvFile(
        'hostile.csv',
        [
          'DisplayName,PrimarySmtpAddress,Alias,BatchName,Status,StatusDetail',
          `"=HYPERLINK(""http://evil"",""x"")",eve@contoso.com,eve,Wave 01,Failed,"=1+1"`,
          `${HTML_PAYLOAD},fay@fabrikam.com,fay,Wave 01,Failed,${HTML_PAYLOAD}`,
          'Ann Lee,ann@contoso.com,ann,Wave 01,Completed,',
          'Bob Kelly,bob@fabrikam.com,bob,Wave 02,InProgress,'
        ].join('\r\n')
      )
    )
    const reports = new ReportsPage(page)
    await reports.open()
    await expect(reports.summaryValue('Mailboxes completed')).toHaveText('1 of 4 (25%)')
    const failed = reports.section('Exceptions').getByRole('table', { name: 'Failed mailboxes' })
    const rows = failed.locator('tbody tr')
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(0).getByRole('rowheader')).toHaveText('eve@contoso.com')
    await expect(rows.nth(0).getByRole('cell').nth(0)).toHaveText(FORMULA_PAYLOAD)
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('fay@fabrikam.com')
    await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText(HTML_PAYLOAD)
    await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText(HTML_PAYLOAD)
    await expect(reports.preview().locator('img:not([src^="data:image/png;base64,"])')).toHaveCount(
      0
    )

    const csv = await reports.save('Mailboxes CSV', testInfo.outputPath())
    expect(csv.download.suggestedFilename()).toMatch(
      /^contoso-hybrid-migration-status-mailboxes-\d{4}-\d{2}-\d{2}\.csv$/
    )
    const table = csvRows(csv.text)
    const header = table[0] ?? []
    const column = (name: string): number => header.indexOf(name)
    expect(column('DisplayName')).toBeGreaterThanOrEqual(0)
    const byAddress = new Map(table.slice(1).map((row) => [row[column('PrimarySmtpAddress')], row]))
    expect([...byAddress.keys()].sort()).toEqual([
      'ann@contoso.com',
      'bob@fabrikam.com',
      'eve@contoso.com',
      'fay@fabrikam.com'
    ])
    expect(byAddress.get('eve@contoso.com')?.[column('DisplayName')]).toBe(`'${FORMULA_PAYLOAD}`)
    expect(byAddress.get('eve@contoso.com')?.[column('StatusDetail')]).toBe("'=1+1")
    expect(byAddress.get('fay@fabrikam.com')?.[column('DisplayName')]).toBe(HTML_PAYLOAD)
    for (const row of table) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)

    // One domain's report lists its own failed mailbox and exports its own mailboxes only.
    await reports.scope().selectOption({ label: 'fabrikam.com' })
    await expect(reports.title()).toHaveText(
      'Status report: fabrikam.com (Contoso hybrid migration)'
    )
    await expect(rows).toHaveCount(1)
    await expect(rows.nth(0).getByRole('rowheader')).toHaveText('fay@fabrikam.com')
    const domainCsv = csvRows((await reports.save('Mailboxes CSV', testInfo.outputPath())).text)
    expect(
      domainCsv
        .slice(1)
        .map((row) => row[column('PrimarySmtpAddress')])
        .sort()
    ).toEqual(['bob@fabrikam.com', 'fay@fabrikam.com'])
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
  })
  test("the browser's PDF in the dark theme: the report on white paper, margins included", async ({
    page,
    problems
  }, testInfo) => {
    const reports = new ReportsPage(page)
    await reports.openWithSample()
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    const pdf = testInfo.outputPath('browser-report-dark.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    await expectReadablePdf(pdf, testInfo, 'dark browser PDF', [
      'Status report: Contoso hybrid migration',
      ...SECTIONS
    ])
    // The page's corners lie in the @page margin: paper there too, not the dark theme's canvas.
    const grey = await pdfPageGrey(pdf, 1, 50, testInfo.outputPath('dark-corners'))
    const corners = [0, grey.width - 1, (grey.height - 1) * grey.width, grey.pixels.length - 1]
    expect(corners.map((index) => grey.pixels[index])).toEqual([255, 255, 255, 255])
    expect(problems).toEqual([])
  })
  test('long unbroken values wrap on the paper instead of running over their neighbours', async ({
    page,
    browser,
    problems
  }, testInfo) => {
    const reports = new ReportsPage(page)
    await reports.app.open()
    await reports.app.openSample()
    const name = 'ContosoFabrikamTailspinLitwareExchangeOnlineHybridMailFlowMigrationProgramme2026'
    await reports.renameProject(name, 'contosointernationalholdingsgroupltd.onmicrosoft.com')
    await reports.open()
    const html = await reports.save('HTML', testInfo.outputPath())
    const pdf = testInfo.outputPath('long-values.pdf')
    await printLikeDesktop(browser, html.path, pdf)
    await expectReadablePdf(pdf, testInfo, 'desktop PDF of long values', [
      `Status report: ${name}`,
      'contosointernationalholdingsgroupltd.onmicrosoft.com'
    ])
    expect(problems).toEqual([])
  })
})
