/**
 * Large data for the fault tests, made the fast way: the sample project's backup, downloaded
 * from the app, with many generated mailboxes added and the checksum computed again. Restoring
 * it through the Backup screen writes all of it in one transaction.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { backupText, tablesJson, type BackupTables } from '../../../src-renderer/lib/domain/backup'
import type { Mailbox } from '../../../src-renderer/lib/domain/mailboxes/model'
import { DataPage } from '../pages/data-page'

/** A parsed backup file: its header fields and its tables. */
export type BackupFile = {
  schemaVersion: number
  appVersion: string
  createdAt: string
  tables: BackupTables
}

/** Downloads a backup of everything the app holds from the Backup screen. */
export async function downloadBackup(page: Page): Promise<BackupFile> {
  const data = new DataPage(page)
  await data.open()
  const download = await data.download()
  return JSON.parse(await readFile(await download.path(), 'utf8')) as BackupFile
}

/** The backup's text, with a checksum that matches its tables. */
export function backupFileText(backup: BackupFile): string {
  const serialised = tablesJson(backup.tables)
  const checksum = `sha256:${createHash('sha256').update(serialised).digest('hex')}`
  return backupText({ ...backup, checksum }, serialised)
}

/**
 * A copy of the backup with `count` more mailboxes in its first project, spread over its
 * domains, all Queued. Ids and addresses are numbered, so the same call gives the same file.
 */
export function withMailboxes(backup: BackupFile, count: number): BackupFile {
  const project = backup.tables.projects?.[0]
  if (project === undefined) throw new Error('The backup has no project to add mailboxes to.')
  const projectId = String(project.id)
  const domains = (backup.tables.domains ?? []).filter((domain) => domain.projectId === projectId)
  const mailboxes: Mailbox[] = []
  for (let i = 0; i < count; i += 1) {
    const domain = domains[i % Math.max(1, domains.length)]
    const name = domain === undefined ? 'contoso.com' : String(domain.name)
    const number = String(i).padStart(6, '0')
    mailboxes.push({
      id: `fault-mailbox-${number}`,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      rev: 1,
      projectId,
      domainId: domain === undefined ? null : String(domain.id),
      address: `user${number}@${name}`,
      alias: `user${number}`,
      displayName: `User ${number}`,
      lifecycle: 'queued',
      rawStatus: 'Queued',
      statusDetail: '',
      batchId: null,
      owner: '',
      location: 'onprem',
      sizeBytes: 1_048_576 * (1 + (i % 500)),
      percentComplete: 0,
      importId: null
    })
  }
  const tables: BackupTables = {
    ...backup.tables,
    mailboxes: [...(backup.tables.mailboxes ?? []), ...mailboxes]
  }
  return { ...backup, tables }
}
