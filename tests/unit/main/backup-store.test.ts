import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupsDir,
  CANARY_FILE,
  listBackups,
  readBackup,
  readCanary,
  writeBackup,
  writeCanary
} from '../../../src-main/ipc/backup'
import type { BackupStoreDeps } from '../../../src-main/ipc/backup'
import { createIpcHandlers, registerIpcHandlers } from '../../../src-main/ipc/register-handlers'
import type { InvokeEventLike } from '../../../src-main/ipc/register-handlers'
import { DEFAULT_RETENTION } from '../../../src-main/backup/retention'
import type { Canary } from '../../../src-main/shared/ipc-contract'

let userDataDir: string
let clock: number

/** A store on a temporary userData folder with a clock the test moves. */
function deps(): BackupStoreDeps {
  return { userDataDir, now: () => new Date(clock), retention: DEFAULT_RETENTION }
}

function backup(marker: string): string {
  return JSON.stringify({ format: 'hybrid-mailflow-tracker-backup', marker })
}

const CANARY: Canary = {
  projectCount: 2,
  rowCounts: { projects: 2, events: 40 },
  lastBackup: 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json',
  schemaVersion: 2,
  writtenAt: '2026-03-10T09:00:01.000Z'
}

beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tracker-backups-'))
  clock = Date.parse('2026-03-10T09:00:00.000Z')
})

afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true })
})

describe('automatic backup files', () => {
  it.runIf(process.platform !== 'win32')(
    'keeps backups and the canary readable by the user only, in a private folder',
    async () => {
      const written = await writeBackup({ text: backup('one'), reason: 'manual' }, deps())
      await writeCanary(CANARY, deps())
      expect((await stat(backupsDir(userDataDir))).mode & 0o777).toBe(0o700)
      expect((await stat(join(backupsDir(userDataDir), written.name))).mode & 0o777).toBe(0o600)
      expect((await stat(join(userDataDir, CANARY_FILE))).mode & 0o777).toBe(0o600)
    }
  )

  it('writes, lists newest first and reads back', async () => {
    const first = await writeBackup({ text: backup('one'), reason: 'interval' }, deps())
    clock += 15 * 60_000
    const second = await writeBackup({ text: backup('two'), reason: 'before-import' }, deps())
    expect(first).toEqual({
      name: 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json',
      createdAt: '2026-03-10T09:00:00.000Z',
      reason: 'interval',
      size: backup('one').length
    })
    expect(await listBackups(deps())).toEqual([second, first])
    expect(await readBackup({ name: first.name }, deps())).toBe(backup('one'))
    expect(await readBackup({ name: second.name }, deps())).toBe(backup('two'))
    // Nothing but the two backups is left in the folder: no temporary files.
    expect((await readdir(backupsDir(userDataDir))).sort()).toEqual([first.name, second.name])
  })

  it('lists nothing before the first backup', async () => {
    expect(await listBackups(deps())).toEqual([])
  })

  it('gives two backups of the same millisecond different names', async () => {
    const a = await writeBackup({ text: backup('a'), reason: 'manual' }, deps())
    const b = await writeBackup({ text: backup('b'), reason: 'manual' }, deps())
    expect(b.name).not.toBe(a.name)
    expect(b.createdAt).toBe('2026-03-10T09:00:00.001Z')
    expect(await readBackup({ name: a.name }, deps())).toBe(backup('a'))
  })

  it('never lists a partial temporary file, a truncated file, a folder or a link', async () => {
    const good = await writeBackup({ text: backup('good'), reason: 'interval' }, deps())
    const dir = backupsDir(userDataDir)
    // What a crash in the middle of writeFileAtomic leaves behind.
    await writeFile(join(dir, `.${good.name.replace('09-00-00', '09-05-00')}.1234.tmp`), '{"ha')
    await writeFile(join(dir, 'tracker-backup-2026-03-10T09-06-00-000Z-interval.json.tmp'), '{}')
    // A file with a backup's name that was cut short some other way.
    await writeFile(join(dir, 'tracker-backup-2026-03-10T09-07-00-000Z-interval.json'), '{"ta')
    await writeFile(join(dir, 'tracker-backup-2026-03-10T09-08-00-000Z-interval.json'), '')
    await mkdir(join(dir, 'tracker-backup-2026-03-10T09-09-00-000Z-interval.json'))
    await writeFile(join(userDataDir, 'secret.json'), '{"secret":1}')
    await symlink(
      join(userDataDir, 'secret.json'),
      join(dir, 'tracker-backup-2026-03-10T09-10-00-000Z-interval.json')
    )
    await writeFile(join(dir, 'notes.json'), '{}')
    expect((await listBackups(deps())).map((entry) => entry.name)).toEqual([good.name])
    await expect(
      readBackup({ name: 'tracker-backup-2026-03-10T09-07-00-000Z-interval.json' }, deps())
    ).rejects.toThrow('There is no automatic backup named')
    await expect(
      readBackup({ name: 'tracker-backup-2026-03-10T09-10-00-000Z-interval.json' }, deps())
    ).rejects.toThrow('There is no automatic backup named')
  })

  it('applies retention after each write: three from today, one per earlier day, ten in all', async () => {
    const start = Date.parse('2026-02-20T10:00:00.000Z')
    // Four backups a day for fifteen days.
    for (let day = 0; day < 15; day++) {
      for (let slot = 0; slot < 4; slot++) {
        clock = start + day * 86_400_000 + slot * 3_600_000
        await writeBackup({ text: backup(`${day}-${slot}`), reason: 'interval' }, deps())
      }
    }
    const listed = await listBackups(deps())
    expect(listed.map((entry) => entry.createdAt)).toEqual([
      '2026-03-06T13:00:00.000Z',
      '2026-03-06T12:00:00.000Z',
      '2026-03-06T11:00:00.000Z',
      '2026-03-05T13:00:00.000Z',
      '2026-03-04T13:00:00.000Z',
      '2026-03-03T13:00:00.000Z',
      '2026-03-02T13:00:00.000Z',
      '2026-03-01T13:00:00.000Z',
      '2026-02-28T13:00:00.000Z',
      '2026-02-27T13:00:00.000Z'
    ])
    expect(await readdir(backupsDir(userDataDir))).toHaveLength(10)
  })

  it('removes temporary files a crash left long ago, but not recent ones', async () => {
    await writeBackup({ text: backup('one'), reason: 'interval' }, deps())
    const dir = backupsDir(userDataDir)
    const stale = join(dir, '.tracker-backup-2026-03-10T08-00-00-000Z-interval.json.aa.tmp')
    const fresh = join(dir, '.tracker-backup-2026-03-10T09-00-30-000Z-interval.json.bb.tmp')
    await writeFile(stale, '{')
    await writeFile(fresh, '{')
    const old = new Date(clock - 60 * 60_000)
    await utimes(stale, old, old)
    await utimes(fresh, new Date(clock), new Date(clock))
    clock += 60_000
    await writeBackup({ text: backup('two'), reason: 'interval' }, deps())
    const left = await readdir(dir)
    expect(left).toContain('.tracker-backup-2026-03-10T09-00-30-000Z-interval.json.bb.tmp')
    expect(left).not.toContain('.tracker-backup-2026-03-10T08-00-00-000Z-interval.json.aa.tmp')
  })
})

describe('the canary file', () => {
  it('is null before it is first written, then reads back what was written', async () => {
    expect(await readCanary(deps())).toBeNull()
    await writeCanary(CANARY, deps())
    expect(await readCanary(deps())).toEqual(CANARY)
    await writeCanary({ ...CANARY, projectCount: 3 }, deps())
    expect(await readCanary(deps())).toEqual({ ...CANARY, projectCount: 3 })
    expect(await readdir(userDataDir)).toEqual([CANARY_FILE])
  })

  it.each([
    ['damaged JSON', '{"projectCount": 2, "rowC'],
    ['another shape', '{"projectCount": "many"}'],
    ['an empty file', '']
  ])('reads a canary with %s as none', async (_what, text) => {
    await writeFile(join(userDataDir, CANARY_FILE), text)
    expect(await readCanary(deps())).toBeNull()
  })
})

describe('the backup channels through registerIpcHandlers', () => {
  type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>
  const APP = { senderFrame: { url: 'app://tracker/index.html' } }

  function channels(): (channel: string, ...args: unknown[]) => Promise<unknown> {
    const registered = new Map<string, Listener>()
    registerIpcHandlers(
      { handle: (channel, listener) => void registered.set(channel, listener) },
      handlersOf({ userDataDir: () => userDataDir })
    )
    return (channel, ...args) => {
      const listener = registered.get(channel)
      if (!listener) throw new Error(`no ${channel}`)
      return listener(APP, ...args)
    }
  }

  it('writes, lists and reads a backup, and keeps the canary', async () => {
    const invoke = channels()
    const written = (await invoke('backup:write', { text: backup('x'), reason: 'manual' })) as {
      name: string
    }
    expect(await invoke('backup:list')).toEqual([written])
    expect(await invoke('backup:read', { name: written.name })).toBe(backup('x'))
    await invoke('canary:write', CANARY)
    expect(await invoke('canary:read')).toEqual(CANARY)
    expect(JSON.parse(await readFile(join(userDataDir, CANARY_FILE), 'utf8'))).toEqual(CANARY)
  })

  it.each([
    ['a parent path', '../secret.json', 'not a path'],
    ['a path inside the name', 'backups/../../secret.json', 'not a path'],
    ['an absolute path', '/etc/passwd', 'not a path'],
    ['a Windows absolute path', 'C:\\Users\\ada\\secret.json', 'not a path'],
    ['a UNC path', '\\\\server\\share\\tracker-backup.json', 'not a path'],
    ['a reserved device name', 'CON.json', 'not the name of an automatic backup'],
    ['another file of the folder', 'data-canary.json', 'not the name of an automatic backup']
  ])('refuses to read %s', async (_what, name, message) => {
    const invoke = channels()
    await writeFile(join(userDataDir, 'secret.json'), '{"secret":1}')
    await expect(invoke('backup:read', { name })).rejects.toThrow(message)
  })

  it('refuses a malformed canary without touching the file', async () => {
    const invoke = channels()
    await invoke('canary:write', CANARY)
    await expect(invoke('canary:write', { ...CANARY, projectCount: -1 })).rejects.toThrow(
      'projectCount must be a whole number of at least 0'
    )
    expect(await invoke('canary:read')).toEqual(CANARY)
  })

  it('rejects backup calls when the shell gave no userData folder', async () => {
    const handlers = handlersOf({})
    await expect(async () => handlers['backup:list'](APP)).rejects.toThrow(
      'Automatic backups are not set up'
    )
  })
})

/** The IPC handlers of a shell whose save dialog is cancelled, with `userData` as the shell gives it. */
function handlersOf(userData: { userDataDir?: () => string }) {
  return createIpcHandlers<InvokeEventLike>({
    appInfo: () => ({
      version: '0.1.0',
      platform: 'linux',
      electron: '',
      chrome: '',
      node: '',
      userName: ''
    }),
    showSaveDialog: async () => ({ canceled: true }),
    defaultSaveDir: () => userDataDir,
    ...userData
  })
}
