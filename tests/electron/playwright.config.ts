// Playwright runner settings for the Electron smoke suite. Run through tests/electron/run.mjs;
// where no Electron binary exists every test reports as skipped.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.spec.ts',
  // One app instance at a time: the suite shares a single launched app.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
  outputDir: '../../test-results/electron'
})
