import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_WEB_PORT,
  electronEnvironment,
  electronSwitches,
  isBuildStale,
  parseStartArgs,
  sandboxNotice
} from '../../../src-main/launch/start.mjs'

describe('parseStartArgs', () => {
  it('defaults to the desktop app and the usual browser-mode port', () => {
    expect(parseStartArgs([], {})).toEqual({
      web: false,
      rebuild: false,
      noSandbox: false,
      port: DEFAULT_WEB_PORT
    })
    expect(DEFAULT_WEB_PORT).toBe(5199)
  })

  it('reads --web, --rebuild, --no-sandbox and --port, which wins over PORT', () => {
    expect(
      parseStartArgs(['--web', '--rebuild', '--no-sandbox', '--port', '8080'], { PORT: '9000' })
    ).toEqual({ web: true, rebuild: true, noSandbox: true, port: 8080 })
    expect(parseStartArgs([], { PORT: '9000' }).port).toBe(9000)
  })

  it('refuses a bad port', () => {
    expect(() => parseStartArgs(['--port', 'abc'], {})).toThrow('Not a port number: abc')
  })
})

describe('the OS sandbox', () => {
  it('is turned off only when the user asks, root or not', () => {
    expect(electronSwitches({ noSandbox: true })).toEqual(['--no-sandbox'])
    expect(electronSwitches({ noSandbox: false })).toEqual([])
  })

  it('warns when turned off, and tells root on Linux how to start', () => {
    expect(sandboxNotice('linux', 0, true)).toMatch(/^Warning: --no-sandbox turns off/)
    expect(sandboxNotice('linux', 1000, true)).toMatch(/^Warning: --no-sandbox turns off/)
    expect(sandboxNotice('linux', 0, false)).toMatch(/npm start -- --no-sandbox/)
    expect(sandboxNotice('linux', 1000, false)).toBeNull()
    expect(sandboxNotice('darwin', 0, false)).toBeNull()
    expect(sandboxNotice('win32', undefined, false)).toBeNull()
  })
})

describe('electronEnvironment', () => {
  it('drops ELECTRON_RUN_AS_NODE and the dev server URL, and keeps the rest', () => {
    expect(
      electronEnvironment({
        ELECTRON_RUN_AS_NODE: '1',
        ELECTRON_RENDERER_URL: 'http://localhost:5173/',
        HOME: '/home/ada',
        TRACKER_USER_DATA: '/tmp/p'
      })
    ).toEqual({ HOME: '/home/ada', TRACKER_USER_DATA: '/tmp/p' })
  })
})

describe('isBuildStale', () => {
  let project: string
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

  async function touch(path: string, seconds: number): Promise<void> {
    const full = join(project, path)
    await mkdir(join(full, '..'), { recursive: true })
    await writeFile(full, '')
    await utimes(full, seconds, seconds)
  }

  beforeEach(async () => {
    project = await mkdtemp(join(tmpdir(), 'tracker-start-'))
    await touch('src-main/index.ts', 1000)
    await touch('src-renderer/main.ts', 1000)
  })

  afterEach(async () => {
    await rm(project, { recursive: true, force: true })
  })

  it('is stale when an output is missing', async () => {
    await touch('out/main/index.js', 2000)
    expect(isBuildStale(project)).toBe(true)
  })

  it('is fresh when every output is newer than every source', async () => {
    for (const output of outputs) await touch(output, 2000)
    expect(isBuildStale(project)).toBe(false)
  })

  it('is stale when a source changed after the build', async () => {
    for (const output of outputs) await touch(output, 2000)
    await touch('src-renderer/lib/ui/App.svelte', 3000)
    expect(isBuildStale(project)).toBe(true)
  })
})
