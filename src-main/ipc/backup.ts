// `backup:*` and `canary:*`: automatic backups as files in <userData>/backups, and the canary
// file that lets a start notice a silently reset IndexedDB. Every write is atomic (temporary
// file, fsync, rename), so a crash or a full disk never leaves a half-written backup under a
// backup's name; the listing only ever shows files with an exact backup name.
import { Buffer } from 'node:buffer'
import { lstat, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  BackupFileInfo,
  BackupReadArgs,
  BackupWriteArgs,
  Canary
} from '../shared/ipc-contract'
import { backupName, parseBackupName } from '../backup/names'
import { DEFAULT_RETENTION, planRetention } from '../backup/retention'
import type { RetentionPolicy } from '../backup/retention'
import { ensurePrivateFolder, PRIVATE_FOLDER_MODE, writeFileAtomic } from './files'
import { validateCanary } from './validate'

/** The folder inside userData that holds the automatic backups. */
export const BACKUPS_FOLDER = 'backups'
/** The canary's file name inside userData. */
export const CANARY_FILE = 'data-canary.json'
/** A temporary file older than this was left by a crash and is removed. */
export const STALE_TEMP_MS = 10 * 60_000

/** Where the files live and what time it is. */
export type BackupStoreDeps = {
  /** Electron's userData folder. */
  userDataDir: string
  /** Defaults to the system clock. */
  now?: () => Date
  /** Defaults to DEFAULT_RETENTION with days in the local time zone. */
  retention?: RetentionPolicy
}

/** The backups folder of a userData folder. */
export function backupsDir(userDataDir: string): string {
  return join(userDataDir, BACKUPS_FOLDER)
}

/** The calendar day of a time in the local time zone, e.g. '2026-03-01'. */
export function localDay(time: number): string {
  const date = new Date(time)
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}

const LOCAL_RETENTION: RetentionPolicy = { ...DEFAULT_RETENTION, dayOf: localDay }

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'
}

/**
 * A file is complete when it starts with '{' and ends with '}' (whitespace aside): every backup
 * this app writes is one JSON object, and a file cut short by anything but our atomic write
 * (a copy that failed, a disk error) ends elsewhere. Reads the first and last bytes only.
 */
async function looksComplete(path: string, size: number): Promise<boolean> {
  if (size < 2) return false
  const handle = await open(path, 'r')
  try {
    const edge = Math.min(64, size)
    const head = Buffer.alloc(edge)
    const tail = Buffer.alloc(edge)
    await handle.read(head, 0, edge, 0)
    await handle.read(tail, 0, edge, size - edge)
    return (
      head.toString('latin1').trimStart().startsWith('{') &&
      tail.toString('latin1').trimEnd().endsWith('}')
    )
  } finally {
    await handle.close()
  }
}

/** Complete backups in the folder, newest first. A missing folder has none. */
export async function listBackups(deps: BackupStoreDeps): Promise<BackupFileInfo[]> {
  const dir = backupsDir(deps.userDataDir)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
  const found: (BackupFileInfo & { time: number })[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const path = join(dir, name)
    // lstat: a symbolic link with a backup's name is not ours and is never followed.
    const stats = await lstat(path).catch(() => null)
    if (!stats?.isFile()) continue
    if (!(await looksComplete(path, stats.size).catch(() => false))) continue
    found.push({
      name,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      size: stats.size,
      time: parsed.time
    })
  }
  found.sort((a, b) => b.time - a.time || (b.name < a.name ? -1 : 1))
  return found.map(({ name, createdAt, reason, size }) => ({ name, createdAt, reason, size }))
}

/** Removes temporary files of backup writes that a crash interrupted. */
async function removeStaleTemporaries(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!/^\.tracker-backup-.*\.tmp$/.test(name)) continue
    const path = join(dir, name)
    const stats = await lstat(path).catch(() => null)
    if (stats?.isFile() && now - stats.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => {})
  }
}

// Writes run one after another, so retention never races a write that is still renaming.
let queue: Promise<unknown> = Promise.resolve()

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task)
  queue = result.catch(() => undefined)
  return result
}

/**
 * Writes a backup named after the current time and its reason, then applies retention to the
 * folder. Two backups in the same millisecond get distinct names. Returns the new file's entry.
 */
export function writeBackup(args: BackupWriteArgs, deps: BackupStoreDeps): Promise<BackupFileInfo> {
  return serialised(async () => {
    const dir = backupsDir(deps.userDataDir)
    await ensurePrivateFolder(dir)
    const before = await listBackups(deps)
    const taken = new Set(before.map((backup) => backup.name))
    let time = (deps.now ?? (() => new Date()))()
    let name = backupName(time, args.reason)
    while (taken.has(name)) {
      time = new Date(time.getTime() + 1)
      name = backupName(time, args.reason)
    }
    await writeFileAtomic(join(dir, name), args.text)
    const now = time.getTime()
    const all = [...before, { name }].flatMap((backup) => {
      const parsed = parseBackupName(backup.name)
      return parsed ? [{ name: backup.name, time: parsed.time }] : []
    })
    const plan = planRetention(all, now, deps.retention ?? LOCAL_RETENTION)
    for (const old of plan.remove) await unlink(join(dir, old)).catch(() => {})
    await removeStaleTemporaries(dir, now)
    const written = await lstat(join(dir, name))
    return { name, createdAt: time.toISOString(), reason: args.reason, size: written.size }
  })
}

/**
 * The text of one backup. `args.name` is validated against the name pattern already; it must
 * also be one of the listed (complete) backups, so nothing else in the folder can be read.
 */
export async function readBackup(args: BackupReadArgs, deps: BackupStoreDeps): Promise<string> {
  const listed = await listBackups(deps)
  if (!listed.some((backup) => backup.name === args.name)) {
    throw new Error(`There is no automatic backup named "${args.name}".`)
  }
  return readFile(join(backupsDir(deps.userDataDir), args.name), 'utf8')
}

/** The canary, or null when there is none yet or it cannot be read as one. */
export async function readCanary(deps: BackupStoreDeps): Promise<Canary | null> {
  let text: string
  try {
    text = await readFile(join(deps.userDataDir, CANARY_FILE), 'utf8')
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
  try {
    return validateCanary(JSON.parse(text), 'canary')
  } catch {
    // A damaged canary proves nothing either way: the next automatic backup rewrites it.
    return null
  }
}

/** Replaces the canary atomically. `canary` must already be validated. */
export async function writeCanary(canary: Canary, deps: BackupStoreDeps): Promise<void> {
  // Electron made userData already; a folder made here (tests, a moved profile) is private.
  await mkdir(deps.userDataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  await writeFileAtomic(join(deps.userDataDir, CANARY_FILE), JSON.stringify(canary))
}
