// Boots the built main process (out/main/index.js) under plain Node.js on the recording
// `electron` stand-in, drives it like Electron would ('ready', app:// requests, IPC calls) and
// prints what it did as one JSON document for tests/desktop/boot.test.ts.
//   TRACKER_USER_DATA=<folder> node tests/desktop/boot-main.mjs [--no-lock] [--packaged]
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootStandInApp } from '../support/stand-in-app.mjs'

const args = process.argv.slice(2)
const scratch = await mkdtemp(join(tmpdir(), 'tracker-boot-'))
const app = await bootStandInApp({
  paths: { documents: join(scratch, 'documents'), temp: join(scratch, 'temp') },
  prepare(state) {
    state.singleInstanceLock = !args.includes('--no-lock')
    state.isPackaged = args.includes('--packaged')
  }
})
const state = app.state
const logBeforeReady = [...state.log]

async function settle() {
  // The main process opens its window in a promise chain after 'ready'.
  for (let turn = 0; turn < 100 && state.windows.length === 0; turn++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** What the app:// handler answers a request (raw URLs reach it unparsed, as the worst case). */
async function requestApp(url, method = 'GET') {
  const handler = state.protocolHandlers.get('app')
  if (handler === undefined) return null
  const response = await handler({ url, method })
  const body = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    bodyStart: body.slice(0, 60)
  }
}

async function invoke(channel, senderUrl, ...callArgs) {
  const handler = state.ipcHandlers.get(channel)
  if (handler === undefined) return { error: 'no handler' }
  try {
    return { value: await handler({ sender: {}, senderFrame: { url: senderUrl } }, ...callArgs) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

let report = {
  logBeforeReady,
  // Whether the environment still names a dev server after the main process started.
  devServerInEnvironment: process.env.ELECTRON_RENDERER_URL ?? null
}
if (state.singleInstanceLock) {
  state.fireReady()
  await settle()
  const window = state.windows[0]
  const check = state.sessions.get('')?.permissionCheckHandler
  report = {
    ...report,
    log: state.log,
    privilegedSchemes: state.privilegedSchemes,
    ipcChannels: [...state.ipcHandlers.keys()],
    appListeners: [...state.appListeners.keys()].sort(),
    window: window && {
      options: window.options,
      url: window.url,
      hasWindowOpenHandler: window.webContents.windowOpenHandler !== null,
      blocksNavigationAway: window.webContents.emit('will-navigate', 'https://example.com/'),
      allowsAppNavigation: !window.webContents.emit('will-navigate', 'app://tracker/index.html'),
      blocksWebview: window.webContents.emit('will-attach-webview')
    },
    menuHasDevTools: JSON.stringify(state.menuTemplate).includes('toggleDevTools'),
    permissions: check && {
      clipboardWriteApp: check(null, 'clipboard-sanitized-write', 'app://tracker'),
      clipboardWriteOther: check(null, 'clipboard-sanitized-write', 'https://evil.example'),
      clipboardReadApp: check(null, 'clipboard-read', 'app://tracker')
    },
    responses: {
      index: await requestApp('app://tracker/index.html'),
      root: await requestApp('app://tracker/'),
      head: await requestApp('app://tracker/index.html', 'HEAD'),
      post: await requestApp('app://tracker/index.html', 'POST'),
      missing: await requestApp('app://tracker/no-such-file.js'),
      otherHost: await requestApp('app://evil/index.html'),
      traversal: await Promise.all(
        [
          'app://tracker/../main/index.js',
          'app://tracker/%2e%2e/main/index.js',
          'app://tracker/assets/..%2f..%2fmain%2findex.js',
          'app://tracker/..\\main\\index.js',
          'app://tracker//etc/passwd',
          'app://tracker/C:/Windows/win.ini'
        ].map(async (url) => ({ url, answer: await requestApp(url) }))
      )
    },
    ipc: {
      trusted: await invoke('app:get-info', 'app://tracker/index.html'),
      untrusted: await invoke('app:get-info', 'https://evil.example/'),
      badArguments: await invoke('backup:read', 'app://tracker/index.html', { name: '../x' })
    }
  }
}
process.stdout.write(JSON.stringify(report))
await app.remove()
