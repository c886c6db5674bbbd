import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  electronExecutableName,
  findElectronBinary,
  installElectronBinary
} from '../../../src-main/launch/electron-binary.mjs'

// A fake project: package.json plus node_modules/electron whose index.js records that it ran:
// the real one starts a download when the binary is missing, so it must never be loaded.
let project: string
let electronDir: string
// The tests' own environment may name an Electron folder; these tests pass theirs.
const noOverride = {}

const REAL_LIKE_INDEX = `
require('fs').writeFileSync(require('path').join(__dirname, 'index-ran'), '')
throw new Error('Electron failed to install correctly')
`

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'tracker-electron-bin-'))
  electronDir = join(project, 'node_modules', 'electron')
  await mkdir(electronDir, { recursive: true })
  await writeFile(join(project, 'package.json'), '{"name":"fake","private":true}')
  await writeFile(join(electronDir, 'package.json'), '{"name":"electron","main":"index.js"}')
  await writeFile(join(electronDir, 'index.js'), REAL_LIKE_INDEX)
})

afterEach(async () => {
  await rm(project, { recursive: true, force: true })
})

async function placeBinary(): Promise<string> {
  await mkdir(join(electronDir, 'dist'), { recursive: true })
  const binary = join(electronDir, 'dist', 'electron')
  await writeFile(binary, '')
  await chmod(binary, 0o755)
  await writeFile(join(electronDir, 'path.txt'), 'electron')
  return binary
}

describe('findElectronBinary', () => {
  it('answers null when the binary was never downloaded, without loading the package', () => {
    expect(findElectronBinary(project, noOverride)).toBeNull()
    expect(existsSync(join(electronDir, 'index-ran'))).toBe(false)
  })

  it('uses the folder ELECTRON_OVERRIDE_DIST_PATH names, and null when it has no binary', async () => {
    const dist = join(project, 'unpacked-electron')
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist }
    expect(findElectronBinary(project, env)).toBeNull()
    await mkdir(dist, { recursive: true })
    await writeFile(join(dist, electronExecutableName()), '')
    expect(findElectronBinary(project, env)).toBe(join(dist, electronExecutableName()))
  })

  it('names the executable the way the electron installer does', () => {
    expect(electronExecutableName('linux')).toBe('electron')
    expect(electronExecutableName('win32')).toBe('electron.exe')
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })

  it('answers null when path.txt names a file that is missing', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(project, noOverride)).toBeNull()
  })

  it('answers null when the electron package is not installed at all', async () => {
    await rm(electronDir, { recursive: true })
    expect(findElectronBinary(project, noOverride)).toBeNull()
  })

  it('answers the absolute path when the binary exists', async () => {
    const binary = await placeBinary()
    expect(findElectronBinary(project, noOverride)).toBe(binary)
  })

  it('sees a binary that appears later in the same process', async () => {
    expect(findElectronBinary(project, noOverride)).toBeNull()
    const binary = await placeBinary()
    expect(findElectronBinary(project, noOverride)).toBe(binary)
  })
})

describe('installElectronBinary', () => {
  it('answers false when the installer fails (offline)', async () => {
    await writeFile(join(electronDir, 'install.js'), 'process.exit(1)')
    expect(installElectronBinary(project)).toBe(false)
  })

  it('answers false when there is no installer', () => {
    expect(installElectronBinary(project)).toBe(false)
  })

  it('answers false when the installer succeeds without producing a binary', async () => {
    await writeFile(join(electronDir, 'install.js'), 'process.exit(0)')
    expect(installElectronBinary(project)).toBe(false)
  })

  it('answers true when the installer puts a binary in place', async () => {
    await writeFile(
      join(electronDir, 'install.js'),
      `const fs = require('fs')
       fs.mkdirSync('dist', { recursive: true })
       fs.writeFileSync('dist/electron', '')
       fs.writeFileSync('path.txt', 'electron')`
    )
    expect(installElectronBinary(project)).toBe(true)
    expect(findElectronBinary(project, noOverride)).toBe(join(electronDir, 'dist', 'electron'))
  })
})
