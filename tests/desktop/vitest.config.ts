// The desktop tier without Electron: the built main process booted under Node.js on a recording
// stand-in for the `electron` module, the offline part of `npm run package`, and the renderer's
// start-up bundle against its budget. All need the production build (`npm run build`); `npm test`
// runs this after it.
//   npx vitest run --config tests/desktop/vitest.config.ts
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'desktop (no Electron binary)',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    // Each test file spawns Node.js or electron-builder; one at a time on a shared machine.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
