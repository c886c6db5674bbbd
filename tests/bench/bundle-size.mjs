// Benchmark module: `initial_js_gzip_kb`, the gzip size of the JavaScript the renderer's
// index.html loads before anything else: its module scripts and the chunks it preloads. Chunks
// loaded later with import() and the workers are not part of it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The budget (docs/reliability-performance-security.md): initial renderer JS ≤ 250 KB gzip. */
export const INITIAL_JS_BUDGET_KB = 250

/** The local JavaScript files index.html loads up front (module scripts and modulepreload links). */
export function initialScripts(html) {
  const files = new Set()
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if ((isScript || isPreload) && url && !/^[a-z]+:/i.test(url))
      files.add(url.replace(/^\.?\//, ''))
  }
  return [...files]
}

/**
 * @param {{ rendererDir: string }} options the built renderer (…/renderer with index.html)
 * @returns {Promise<{ initial_js_gzip_kb: number }>}
 */
export async function measureBundle({ rendererDir, log = console.log }) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  let bytes = 0
  for (const file of initialScripts(html)) {
    const size = gzipSync(readFileSync(join(rendererDir, file))).length
    log(`bundle: ${file} ${(size / 1024).toFixed(1)} KB gzip`)
    bytes += size
  }
  return { initial_js_gzip_kb: Math.round((bytes / 1024) * 10) / 10 }
}
