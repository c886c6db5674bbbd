import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium-options'
import { EXPECT_BUDGET, TEST_BUDGET } from './support/budgets'

const port = Number(process.env.E2E_PORT ?? 5299)
// The built renderer to test; TRACKER_OUT_DIR matches the build's output folder.
const root = `${process.env.TRACKER_OUT_DIR ?? 'out'}/renderer`

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  timeout: TEST_BUDGET,
  expect: { timeout: EXPECT_BUDGET },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1360, height: 860 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure'
  },
  webServer: {
    command: `node src-main/launch/serve-web.mjs --port ${port} --root ${root}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore'
  }
})
