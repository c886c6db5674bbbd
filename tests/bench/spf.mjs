// spf_nested_10_ms: the median time of check_host() over ten nested includes. The TypeScript
// entry and the checker it imports are bundled with Vite into a cache folder, then run in Node.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, 'node_modules', '.cache', 'bench-spf')

/** @returns {Promise<{ spf_nested_10_ms: number }>} */
export async function measureSpf() {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(ROOT, 'tests/bench/spf-entry.ts'), formats: ['es'], fileName: 'spf' }
    }
  })
  const module = await import(`${pathToFileURL(join(OUT, 'spf.js')).href}?v=${Date.now()}`)
  return module.run()
}
