/**
 * How every browser test launches Chromium: the binary found by tests/support/chromium.mjs
 * (CHROMIUM_PATH) or Playwright's own download, with the flags this closed network needs
 * (background networking off, or Chromium keeps trying to reach Google's hosts).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage'
]

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = process.env.CHROMIUM_PATH
  return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : { args: CHROMIUM_FLAGS }
}
