// Boots the built main process (out/main/index.js) under plain Node.js with the recording
// `electron` stand-in (tests/support/electron-stand-in): a copy of out/main and out/preload in a
// temporary app folder whose node_modules/electron links to the stand-in, and out/renderer
// linked in, so the main process's own paths (preload, renderer root) stay as in the app.
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { resetStandIn } from './electron-stand-in/index.mjs'

const PROJECT_DIR = resolve(import.meta.dirname, '../..')
const STAND_IN_DIR = join(import.meta.dirname, 'electron-stand-in')

/**
 * @param {{ outDir?: string, paths?: Record<string, string>, prepare?: (state: import('./electron-stand-in/index.d.mts').StandInState) => void }} [options]
 */
export async function bootStandInApp(options = {}) {
  const outDir = options.outDir ?? join(PROJECT_DIR, 'out')
  const entry = join(outDir, 'main', 'index.js')
  if (!existsSync(entry)) {
    throw new Error(`${entry} does not exist: run \`npm run build\` first.`)
  }
  const root = await mkdtemp(join(tmpdir(), 'tracker-stand-in-app-'))
  await cp(join(outDir, 'main'), join(root, 'out', 'main'), { recursive: true })
  await cp(join(outDir, 'preload'), join(root, 'out', 'preload'), { recursive: true })
  await symlink(join(outDir, 'renderer'), join(root, 'out', 'renderer'), 'junction')
  await mkdir(join(root, 'node_modules'))
  await symlink(STAND_IN_DIR, join(root, 'node_modules', 'electron'), 'junction')
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', private: true }))
  const state = resetStandIn()
  const { version } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8'))
  state.version = version
  Object.assign(state.paths, options.paths ?? {})
  options.prepare?.(state)
  await import(pathToFileURL(join(root, 'out', 'main', 'index.js')).href)
  return {
    root,
    state,
    /** Removes the temporary app folder (the built output it links to stays). */
    remove: () => rm(root, { recursive: true, force: true })
  }
}
