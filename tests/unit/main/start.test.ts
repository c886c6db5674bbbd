import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_WEB_PORT,
  electronSwitches,
  isBuildStale,
  parseStartArgs
} from '../../../src-main/launch/start.mjs'

describe('parseStartArgs', () => {
  it('defaults to the desktop app and the usual browser-mode port', () => {
    expect(parseStartArgs([], {})).toEqual({ web: false, rebuild: false, port: DEFAULT_WEB_PORT })
    expect(DEFAULT_WEB_PORT).toBe(5199)
  })

  it('reads --web, --rebuild and --port, which wins over PORT', () => {
    expect(parseStartArgs(['--web', '--rebuild', '--port', '8080'], { PORT: '9000' })).toEqual({
      web: true,
      rebuild: true,
      port: 8080
    })
    expect(parseStartArgs([], { PORT: '9000' }).port).toBe(9000)
  })

  it('refuses a bad port', () => {
    expect(() => parseStartArgs(['--port', 'abc'], {})).toThrow('Not a port number: abc')
  })
})

describe('electronSwitches', () => {
  it('disables the OS sandbox only for root on Linux', () => {
    expect(electronSwitches('linux', 0)).toEqual(['--no-sandbox'])
    expect(electronSwitches('linux', 1000)).toEqual([])
    expect(electronSwitches('win32', undefined)).toEqual([])
    expect(electronSwitches('darwin', 0)).toEqual([])
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
