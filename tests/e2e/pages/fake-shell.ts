import type { Page } from '@playwright/test'
import type { BackupFileInfo, Canary } from '../../../src-main/shared/ipc-contract'

/** An automatic backup the fake shell holds: its listing and its text. */
export type FakeBackupFile = BackupFileInfo & { text: string }

/** What the fake desktop shell starts with. */
export type FakeShellSeed = { canary: Canary | null; files: FakeBackupFile[] }

/** What the page did with the fake shell, read back with shellCalls. */
export type ShellCall = [channel: string, argument?: unknown]

/**
 * Makes the page run as in the desktop app: a window.api like the preload's, answering the
 * backup and canary channels from memory. Electron cannot run here; this drives the renderer's
 * desktop code paths (automatic backups, the canary) in Chromium. Call before the first goto.
 */
export async function installFakeShell(page: Page, seed: FakeShellSeed): Promise<void> {
  await page.addInitScript((initial: FakeShellSeed) => {
    const files = [...initial.files]
    let canary = initial.canary
    const calls: ShellCall[] = []
    function info({ text: _text, ...listed }: FakeBackupFile): BackupFileInfo {
      return listed
    }
    const api = {
      getAppInfo: async () => ({
        version: '0.1.0',
        platform: 'linux',
        electron: '45.6.1',
        chrome: '154.0.7700.12',
        node: '24.11.1',
        userName: 'ada'
      }),
      saveFile: async () => ({ saved: false }),
      saveReportPdf: async (args: { suggestedName: string }) => {
        calls.push(['report:save-pdf', args.suggestedName])
        return { saved: false }
      },
      dnsQuery: async () => ({ ok: false, code: 'SERVFAIL', message: 'No DNS in this test.' }),
      writeBackup: async (args: { text: string; reason: BackupFileInfo['reason'] }) => {
        const createdAt = new Date().toISOString()
        const name = `tracker-backup-${createdAt.replace(/[:.]/g, '-')}-${args.reason}.json`
        const file = {
          name,
          createdAt,
          reason: args.reason,
          size: args.text.length,
          text: args.text
        }
        files.unshift(file)
        calls.push(['backup:write', args.reason])
        return info(file)
      },
      listBackups: async () => files.map(info),
      readBackup: async (args: { name: string }) => {
        calls.push(['backup:read', args.name])
        const file = files.find((candidate) => candidate.name === args.name)
        if (!file) throw new Error(`There is no automatic backup named "${args.name}".`)
        return file.text
      },
      readCanary: async () => canary,
      writeCanary: async (next: Canary) => {
        calls.push(['canary:write', next])
        canary = next
      }
    }
    Object.assign(window, { api, shellCalls: calls })
  }, seed)
}

/** The calls the page made to the fake shell so far. */
export function shellCalls(page: Page): Promise<ShellCall[]> {
  return page.evaluate(() => (window as unknown as { shellCalls: ShellCall[] }).shellCalls)
}
