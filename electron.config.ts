// electron-vite drives all three builds. Every npm script passes `--config electron.config.ts`,
// because electron-vite only auto-discovers `electron.vite.config.*`.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { readFileSync } from 'node:fs'

const root = import.meta.dirname
// TRACKER_OUT_DIR lets parallel work build into its own folder; the app itself always uses out/.
const out = resolve(root, process.env.TRACKER_OUT_DIR ?? 'out')
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      rollupOptions: { input: { index: resolve(root, 'src-main/index.ts') } }
    }
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      rollupOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        // A sandboxed preload cannot `require` our own chunks: keep it one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } }
    },
    worker: { format: 'es' },
    plugins: [svelte()]
  }
})
