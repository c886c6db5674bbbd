// `file:save`: the user picks where an export goes in a native save dialog; main writes it.
// The renderer only suggests a name (validated in validate.ts); the path is the user's choice.
import { randomUUID } from 'node:crypto'
import { chmod, mkdir, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import type { SaveFileArgs, SaveFileResult } from '../shared/ipc-contract'

/** dialog.showSaveDialog bound to the calling window. */
export type ShowSaveDialog = (
  options: SaveDialogOptions
) => Promise<{ canceled: boolean; filePath?: string }>

/** Writes the whole file at `path`. */
export type WriteFile = (path: string, data: string | Uint8Array) => Promise<void>

/** What saveFile needs from Electron and the file system. */
export type SaveFileDeps = {
  showSaveDialog: ShowSaveDialog
  /** Folder the dialog opens in (the user's Documents folder in the app). */
  defaultDir: string
  /** Defaults to writeFileAtomic. */
  writeFile?: WriteFile
}

/**
 * Dialog options for a (validated) file name: opens in `defaultDir` with the name filled in,
 * and offers the name's extension as a filter next to "All files".
 */
export function saveDialogOptions(fileName: string, defaultDir: string): SaveDialogOptions {
  const extension = extname(fileName).slice(1)
  const filters =
    extension === ''
      ? [{ name: 'All files', extensions: ['*'] }]
      : [
          { name: `${extension.toUpperCase()} file`, extensions: [extension] },
          { name: 'All files', extensions: ['*'] }
        ]
  return {
    title: 'Save export',
    defaultPath: join(defaultDir, fileName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

/**
 * Asks where to save, then writes the data there. `{ saved: false }` when the user cancels.
 * `args` must already be validated (register-handlers does that).
 */
export async function saveFile(args: SaveFileArgs, deps: SaveFileDeps): Promise<SaveFileResult> {
  const choice = await deps.showSaveDialog(saveDialogOptions(args.suggestedName, deps.defaultDir))
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { saved: false }
  }
  await (deps.writeFile ?? writeFileAtomic)(choice.filePath, args.data)
  return { saved: true, path: choice.filePath }
}

/**
 * Mode of every file the app writes: exports, backups and the canary hold the customer's data,
 * so only the user may read them. (Windows ignores POSIX modes; its per-user folders already
 * keep other users out.)
 */
export const PRIVATE_FILE_MODE = 0o600
/** Mode of the folders the app creates for such files (the backups folder). */
export const PRIVATE_FOLDER_MODE = 0o700

/**
 * Creates a folder (and its parents) readable by the user only, and tightens it to
 * PRIVATE_FOLDER_MODE when it already existed with a looser mode, where the platform has modes.
 */
export async function ensurePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  if (process.platform !== 'win32') await chmod(path, PRIVATE_FOLDER_MODE)
}

/**
 * Writes a file so that a crash or a full disk never leaves a half-written export in place of
 * an earlier good one: write a temporary file next to the target, flush it, then rename it
 * over the target. The temporary file is removed when anything fails. The file is created with
 * PRIVATE_FILE_MODE (umask can only tighten it), and the rename carries that mode over any
 * earlier file of the name.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  const handle = await open(temporary, 'wx', PRIVATE_FILE_MODE)
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
