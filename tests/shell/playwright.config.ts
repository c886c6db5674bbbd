// The integration tier: the real renderer in Chromium on the stand-in shell (stand-in-shell.ts),
// NOT Electron. Needs the production build (`npm run build`) and dnsmasq for the live DNS test.
//   npx playwright test --config tests/shell/playwright.config.ts
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium-options'
import { SHELL_ORIGIN } from './stand-in-shell'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/shell',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Each test boots its own copy of the main process in the worker; one worker keeps the
  // shared machine calm and the process-wide TRACKER_USER_DATA unambiguous.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/shell.json' }]],
  projects: [{ name: 'stand-in shell, not Electron' }],
  use: {
    baseURL: `${SHELL_ORIGIN}/`,
    viewport: { width: 1360, height: 860 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure'
  }
})
