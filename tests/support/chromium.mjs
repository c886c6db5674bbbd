// Finds a Chromium for the browser tests, or gets one, and says which:
//   1. CHROMIUM_PATH, or a Chromium/Chrome installed on this machine;
//   2. else Playwright's own download (needs the internet);
//   3. else Debian's package (apt-get, as root).
// Returns the executable path, or '' when Playwright's own browser is to be used.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

function playwrightChromium() {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : ''
  } catch {
    return ''
  }
}

function installed() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return INSTALLED.find((path) => existsSync(path)) ?? ''
}

/** @returns {{ path: string, how: string }} */
export function ensureChromium() {
  const local = installed()
  if (local) return { path: local, how: `using the installed browser ${local}` }
  if (playwrightChromium()) return { path: '', how: "using Playwright's downloaded Chromium" }

  console.log('browser: no Chromium found; trying Playwright’s download (needs the internet)…')
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  if (download.status === 0 && playwrightChromium())
    return { path: '', how: "using Playwright's downloaded Chromium" }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (process.platform === 'linux' && isRoot) {
    console.log('browser: download failed; installing Debian’s chromium package with apt-get…')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
    const debian = installed()
    if (debian) return { path: debian, how: `using Debian's chromium at ${debian}` }
  }
  throw new Error(
    'No Chromium available: install Chromium or Google Chrome, or set CHROMIUM_PATH to its executable.'
  )
}
