// Loads a self-contained TypeScript module (no imports of its own) into this Node process:
// TypeScript's own transpiler strips the types (Node 20 cannot) and the JavaScript is imported
// from a cache file. Used for tests/support/mailbox-fixtures.ts, so the benchmark generates its
// input with exactly the generator the tests use.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '../..')
const CACHE = join(ROOT, 'node_modules', '.cache', 'bench')

/**
 * @param {string} path a .ts file relative to the repository root
 * @returns {Promise<Record<string, unknown>>} the module's exports
 */
export async function importTypeScript(path) {
  const source = readFileSync(resolve(ROOT, path), 'utf8')
  if (/^\s*import\s/m.test(source))
    throw new Error(`${path} imports other modules; this loader only handles self-contained files.`)
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: basename(path)
  })
  mkdirSync(CACHE, { recursive: true })
  const file = join(CACHE, `${basename(path, '.ts')}.mjs`)
  writeFileSync(file, outputText)
  return import(`${pathToFileURL(file).href}?v=${Date.now()}`)
}
