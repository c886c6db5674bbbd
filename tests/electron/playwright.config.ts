// Playwright runner settings for the Electron smoke suite. Run through tests/electron/run.mjs,
// which skips the suite (one line, exit 0) where no Electron binary exists.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.spec.ts',
  // One app instance at a time: the suite shares a single launched app.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: 'list',
  outputDir: '../../test-results/electron'
})
