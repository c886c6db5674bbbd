// The desktop-only paths end to end on the stand-in shell (stand-in-shell.ts: the real renderer
// and the real main-process handlers, NOT Electron): backups written to and listed from a
// temporary userData folder, a restore from a saved file, live DNS against dnsmasq on loopback,
// and a status report printed to PDF, each save answered in the save dialog by the test.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { expect, expectAccessible, test as base } from '../e2e/fixtures'
import { AppPage } from '../e2e/pages/app-page'
import { DataPage } from '../e2e/pages/data-page'
import { DnsPage } from '../e2e/pages/dns-page'
import { ReportsPage } from '../e2e/pages/reports-page'
import { pdfText } from '../e2e/support/pdf'
import { startDnsmasq } from '../support/dnsmasq'
import { startStandInShell } from './stand-in-shell'
import type { StandInShell } from './stand-in-shell'

const test = base.extend<{ shell: StandInShell }>({
  // Depends on `problems` so its listeners are on the page before the shell loads the app.
  shell: async ({ page, browser, problems }, use) => {
    const shell = await startStandInShell(page, browser)
    await use(shell)
    await shell.close()
    expect(problems, 'the page logged errors').toEqual([])
  }
})

/** Answers every save dialog with its suggested name in the documents folder. */
function answerSaveDialogs(shell: StandInShell): void {
  shell.state.answerSaveDialog = (options) => ({
    canceled: false,
    filePath: join(shell.documents, basename(String(options.defaultPath)))
  })
}

async function mode(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777
}

const posix = process.platform !== 'win32'

test('backups: saved through the save dialog, then restored, with an automatic backup before it', async ({
  page,
  shell
}) => {
  const app = new AppPage(page)
  const data = new DataPage(page)
  await app.openSample()
  await data.open()

  // Cancelled in the dialog: nothing is written and nothing claims it was.
  const save = page.getByRole('button', { name: 'Save a backup…' })
  await save.click()
  await expect.poll(() => shell.state.saveDialogs.length).toBe(1)
  await expect(save).toBeEnabled()
  expect(await readdir(shell.documents)).toEqual([])
  await expect(page.getByRole('status').filter({ hasText: 'Saved tracker-backup-' })).toHaveCount(0)

  answerSaveDialogs(shell)
  await save.click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved tracker-backup-' })).toContainText(
    '1 project · 4 domains'
  )
  expect(shell.state.saveDialogs).toHaveLength(2)
  const dialog = shell.state.saveDialogs[1] ?? {}
  expect(dialog).toMatchObject({
    defaultPath: expect.stringMatching(/[\\/]documents[\\/]tracker-backup-[\dT-]+\.json$/),
    filters: [
      { name: 'JSON file', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] }
    ]
  })
  const savedPath = join(shell.documents, basename(String(dialog.defaultPath)))
  const saved = await readFile(savedPath, 'utf8')
  expect(JSON.parse(saved)).toMatchObject({ format: 'hybrid-mailflow-tracker-backup' })
  if (posix) expect(await mode(savedPath)).toBe(0o600)

  // Restoring that file backs up the current data first: an automatic backup in userData.
  await data.chooseFile({
    name: basename(savedPath),
    mimeType: 'application/json',
    buffer: Buffer.from(saved)
  })
  await data.confirmRestore()
  const automatic = page.getByRole('region', { name: 'Automatic backups' })
  await expect(automatic).toContainText('Before a restore')
  const backupsDir = join(shell.userData, 'backups')
  const files = await readdir(backupsDir)
  expect(files).toContainEqual(expect.stringMatching(/^tracker-backup-.*-before-restore\.json$/))
  const canary = JSON.parse(await readFile(join(shell.userData, 'data-canary.json'), 'utf8'))
  expect(canary).toMatchObject({ projectCount: 1, lastBackup: expect.stringMatching(/^tracker-/) })
  if (posix) {
    expect(await mode(backupsDir)).toBe(0o700)
    for (const file of files) expect(await mode(join(backupsDir, file))).toBe(0o600)
    expect(await mode(join(shell.userData, 'data-canary.json'))).toBe(0o600)
  }
  // Every listed backup is one of the files on disk, and each restores from the list.
  const listed = await automatic.getByRole('row').count()
  expect(listed - 1).toBe(files.filter((name) => name.endsWith('.json')).length)
  await automatic
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click()
  await expect(data.confirmDialog()).toContainText('the automatic backup')
  await data.confirmDialog().getByRole('button', { name: 'Cancel' }).click()
  await expectAccessible(page, 'the backup screen on the stand-in shell')
})

test('live DNS: Check DNS now asks the DNS server of the settings, through main', async ({
  page,
  shell
}) => {
  const dnsmasq = await startDnsmasq([
    '--local=/contoso.com/',
    '--mx-host=contoso.com,mail.contoso.com,10',
    '--txt-record=contoso.com,v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all',
    '--host-record=mail.contoso.com,131.107.21.231'
  ])
  try {
    const dns = new DnsPage(page)
    await new AppPage(page).openSample()
    await dns.openDomain('contoso.com')
    await dns.field('DNS server (optional)').fill(dnsmasq.server)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('DNS server saved').first()).toBeVisible()
    await page.getByRole('button', { name: 'Check DNS now' }).click()
    const mx = dns.record('MX', 'contoso.com')
    await expect(mx).toContainText('10 mail.contoso.com')
    expect(dnsmasq.log()).toMatch(/query\[MX\] contoso\.com from 127\.0\.0\.1/)
    expect(shell.state.ipcHandlers.has('dns:query')).toBe(true)
  } finally {
    await dnsmasq.stop()
  }
})

test('report as PDF: printed by main in a separate window, saved where the dialog says', async ({
  page,
  shell
}) => {
  const reports = new ReportsPage(page)
  await reports.openWithSample()
  answerSaveDialogs(shell)
  await page.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(page.getByText('Status report saved as PDF').first()).toBeVisible()
  const dialog = shell.state.saveDialogs.at(-1) ?? {}
  expect(dialog).toMatchObject({
    defaultPath: expect.stringMatching(/\.pdf$/),
    filters: [
      { name: 'PDF file', extensions: ['pdf'] },
      { name: 'All files', extensions: ['*'] }
    ]
  })
  const pdfPath = join(shell.documents, basename(String(dialog.defaultPath)))
  expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  if (posix) expect(await mode(pdfPath)).toBe(0o600)
  expect(await pdfText(pdfPath)).toContain('Contoso hybrid migration')
  // The print window is gone and its temporary copy of the report removed.
  const printWindows = shell.state.windows.filter(
    (window) => window.options.webPreferences?.partition === 'report-pdf'
  )
  expect(printWindows).toHaveLength(1)
  expect(printWindows[0]?.destroyed).toBe(true)
  const temp = await readdir(shell.state.paths.temp ?? '').catch(() => [])
  expect(temp.filter((name) => name.startsWith('tracker-report-'))).toEqual([])
})
