import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ensurePrivateFolder,
  saveDialogOptions,
  saveFile,
  writeFileAtomic
} from '../../../src-main/ipc/files'
import type { ShowSaveDialog } from '../../../src-main/ipc/files'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-files-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('saveDialogOptions', () => {
  it('fills in the name in the default folder and filters on its extension', () => {
    expect(saveDialogOptions('report.csv', '/home/ada/Documents')).toEqual({
      title: 'Save export',
      defaultPath: join('/home/ada/Documents', 'report.csv'),
      filters: [
        { name: 'CSV file', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] }
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation']
    })
  })

  it('offers only "All files" for a name without an extension', () => {
    expect(saveDialogOptions('README', '/d').filters).toEqual([
      { name: 'All files', extensions: ['*'] }
    ])
  })
})

describe('saveFile', () => {
  function dialogChoosing(result: Awaited<ReturnType<ShowSaveDialog>>): ShowSaveDialog {
    return async () => result
  }

  it('writes text as UTF-8 where the user chose', async () => {
    const target = join(dir, 'chosen.html')
    const result = await saveFile(
      { suggestedName: 'report.html', mimeType: 'text/html', data: '<p>café</p>' },
      { showSaveDialog: dialogChoosing({ canceled: false, filePath: target }), defaultDir: dir }
    )
    expect(result).toEqual({ saved: true, path: target })
    expect(await readFile(target, 'utf8')).toBe('<p>café</p>')
  })

  it('writes bytes unchanged', async () => {
    const target = join(dir, 'chosen.pdf')
    await saveFile(
      { suggestedName: 'a.pdf', mimeType: 'application/pdf', data: new Uint8Array([0, 255, 37]) },
      { showSaveDialog: dialogChoosing({ canceled: false, filePath: target }), defaultDir: dir }
    )
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([0, 255, 37]))
  })

  it.each([
    { canceled: true },
    { canceled: true, filePath: '' },
    { canceled: false, filePath: '' }
  ])('writes nothing when the dialog answers %j', async (answer) => {
    const written: string[] = []
    const result = await saveFile(
      { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' },
      {
        showSaveDialog: dialogChoosing(answer),
        defaultDir: dir,
        writeFile: async (path) => void written.push(path)
      }
    )
    expect(result).toEqual({ saved: false })
    expect(written).toEqual([])
  })
})

// POSIX modes: Windows has none to check.
const posix = process.platform !== 'win32'

describe('private files and folders', () => {
  it.runIf(posix)('writes files readable by the user only, also over a looser file', async () => {
    const target = join(dir, 'export.csv')
    await writeFile(target, 'old', { mode: 0o644 })
    await writeFileAtomic(target, 'new')
    expect((await stat(target)).mode & 0o777).toBe(0o600)
    await writeFileAtomic(join(dir, 'fresh.csv'), 'x')
    expect((await stat(join(dir, 'fresh.csv'))).mode & 0o777).toBe(0o600)
  })

  it.runIf(posix)('creates private folders and tightens an existing loose one', async () => {
    const created = join(dir, 'a', 'backups')
    await ensurePrivateFolder(created)
    expect((await stat(created)).mode & 0o777).toBe(0o700)
    const loose = join(dir, 'loose')
    await mkdir(loose)
    await chmod(loose, 0o755)
    await ensurePrivateFolder(loose)
    expect((await stat(loose)).mode & 0o777).toBe(0o700)
  })
})

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['report.csv'])
  })

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.csv'), 'x')).rejects.toThrow(/ENOENT/)
    expect(await readdir(dir)).toEqual([])
  })

  it('removes its temporary file when the final rename fails', async () => {
    // A non-empty folder in the way makes the rename fail after the data was written.
    const target = join(dir, 'report.csv')
    await mkdir(target)
    await writeFile(join(target, 'keep.txt'), 'kept')
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['report.csv'])
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept')
  })
})
