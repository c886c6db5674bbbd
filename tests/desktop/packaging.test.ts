// `npm run package` without the internet: electron-builder's offline steps run for real against
// a stand-in Electron folder (electronDist), with fuse flipping off for this run only (the fuse
// tool needs a real binary's sentinel). What it checks: the unpacked layout, what the asar
// holds, and the product name, app id and version electron-builder resolved. The fuses
// themselves are asserted on the configuration, and the offline refusal on the real script.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage } from '@electron/asar'
import { build, Platform } from 'electron-builder'
import type { AfterPackContext, Configuration } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  productName: string
  version: string
  main: string
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
  build: Configuration
}
const electronVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string
  }
).version

let scratch: string
let unpacked: string
let packed: { id: string; productName: string; version: string; electronVersion?: string }

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` before this tier.')
  }
  scratch = await mkdtemp(join(tmpdir(), 'tracker-package-'))
  // A stand-in Electron folder: the executable electron-builder renames, and its version file.
  const electronDist = join(scratch, 'electron-dist')
  await mkdir(join(electronDist, 'resources'), { recursive: true })
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n')
  await chmod(join(electronDist, 'electron'), 0o755)
  await writeFile(join(electronDist, 'version'), `v${electronVersion}`)
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      electronDist,
      electronVersion,
      electronFuses: null,
      directories: { ...pkg.build.directories, output: join(scratch, 'dist') },
      afterPack: (context: AfterPackContext) => {
        const { id, productName, version } = context.packager.appInfo
        packed = { id, productName, version }
      }
    }
  })
  unpacked = join(scratch, 'dist', 'linux-unpacked')
})

afterAll(async () => {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true })
})

describe('npm run package, offline steps (Linux --dir, stand-in Electron)', () => {
  it('names the app, its id and its version as package.json says', () => {
    expect(packed).toEqual({
      id: 'org.hybridmailflow.tracker',
      productName: 'Hybrid Mail-Flow Tracker',
      version: pkg.version
    })
    expect(pkg.build.appId).toBe(packed.id)
    expect(pkg.build.productName).toBe(pkg.productName)
  })

  it('lays out the executable under its Linux name, with the app in resources/app.asar only', () => {
    expect(existsSync(join(unpacked, 'hybrid-mailflow-tracker'))).toBe(true)
    expect(existsSync(join(unpacked, 'electron'))).toBe(false)
    expect(existsSync(join(unpacked, 'resources', 'app.asar'))).toBe(true)
    expect(existsSync(join(unpacked, 'resources', 'app'))).toBe(false)
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked'))).toBe(false)
  })

  it('puts only the build output and package.json in the asar: no sources, tests, maps or dev dependencies', () => {
    const entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map(
      (entry) => entry.replaceAll('\\', '/')
    )
    expect(entries).toContain('/package.json')
    expect(entries).toContain('/out/main/index.js')
    expect(entries).toContain('/out/preload/index.cjs')
    expect(entries).toContain('/out/renderer/index.html')
    const outside = entries.filter(
      (entry) =>
        entry !== '/package.json' &&
        entry !== '/out' &&
        !/^\/out\/(main|preload|renderer)(\/|$)/.test(entry)
    )
    // The app has no production dependencies (everything is bundled), so no node_modules.
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(outside).toEqual([])
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([])
  })

  it("keeps package.json's identity inside the asar", () => {
    const inside = JSON.parse(
      extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')
    ) as Record<string, unknown>
    expect(inside).toMatchObject({
      name: pkg.name,
      productName: pkg.productName,
      version: pkg.version,
      main: pkg.main
    })
  })
})

describe('the packaging configuration', () => {
  it('flips the fuses the Electron security checklist asks for', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('builds the installers of each platform: per-user NSIS and zip, dmg and zip, deb, AppImage and tar.gz', () => {
    expect(pkg.build.win?.target).toEqual(['nsis', 'zip'])
    expect(pkg.build.nsis).toMatchObject({ oneClick: true, perMachine: false })
    expect(pkg.build.mac?.target).toEqual(['dmg', 'zip'])
    expect(pkg.build.linux?.target).toEqual(['deb', 'AppImage', 'tar.gz'])
    expect(pkg.build.asar).toBe(true)
    for (const icon of ['icon.ico', 'icon.icns', 'icon.png', 'icons/256x256.png']) {
      expect(existsSync(join(ROOT, 'build', icon)), icon).toBe(true)
    }
  })
})

describe('npm run package where the downloads cannot happen', () => {
  /** A loopback port nothing listens on. */
  async function closedPort(): Promise<number> {
    const server = createServer()
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const address = server.address()
    await new Promise<void>((done) => server.close(() => done()))
    if (address === null || typeof address === 'string') throw new Error('no port')
    return address.port
  }

  it('says in one line what is missing and what to do, and exits 1', async () => {
    const mirror = `http://127.0.0.1:${await closedPort()}/`
    const failure = await promisify(execFile)(process.execPath, ['build/package.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_MIRROR: mirror }
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stdout).toBe('')
    const lines = (failure?.stderr ?? '').trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^package: cannot reach ${mirror.replaceAll('.', '\\.')} \\(.*ECONNREFUSED.*\\), where electron-builder downloads the Electron ${electronVersion.replaceAll('.', '\\.')} runtime`
      )
    )
    expect(lines[0]).toContain('run `npm run package` on a machine with internet access')
  })
})
