import { describe, expect, it } from 'vitest'
import {
  createUrlTrust,
  devRendererUrl,
  GRANTED_PERMISSIONS,
  guardNavigation,
  installPermissionHandlers,
  isAppUrl,
  isSafeExternalUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  windowOpenHandler
} from '../../../src-main/security'
import type { PermissionSession } from '../../../src-main/security'

const FOREIGN_URLS = [
  'app://tracker.evil.com/',
  'app://evil/',
  'app://evil/index.html',
  'app://tracker@evil/',
  'app://evil@tracker/',
  'app://user:pw@tracker/',
  'app://tracker:8080/',
  'app://TRACKER.evil/',
  'https://tracker/',
  'https://example.com/',
  'http://127.0.0.1:5199/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'tracker/index.html',
  '',
  'not a url'
]

describe('isAppUrl', () => {
  it('accepts app://tracker pages', () => {
    expect(isAppUrl('app://tracker/')).toBe(true)
    expect(isAppUrl('app://tracker/index.html')).toBe(true)
    expect(isAppUrl('app://tracker/index.html?x=1#/domains')).toBe(true)
    expect(isAppUrl('app://tracker')).toBe(true)
  })

  it.each(FOREIGN_URLS)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

function prevented(url: string, trust?: (url: string) => boolean): boolean {
  let wasPrevented = false
  guardNavigation({ preventDefault: () => (wasPrevented = true) }, url, trust)
  return wasPrevented
}

describe('guardNavigation', () => {
  it('lets the app navigate within its origin', () => {
    expect(prevented('app://tracker/index.html')).toBe(false)
  })

  it.each(FOREIGN_URLS)('blocks navigation to %j', (url) => {
    expect(prevented(url)).toBe(true)
  })
})

describe('devRendererUrl', () => {
  it('honours a loopback http dev server in an unpackaged app', () => {
    for (const url of ['http://localhost:5173/', 'http://127.0.0.1:5173', 'http://[::1]:5173/']) {
      expect(devRendererUrl(url, false)).toBe(url)
    }
  })

  it('ignores it in a packaged app, whatever it says', () => {
    expect(devRendererUrl('http://localhost:5173/', true)).toBeUndefined()
  })

  it('ignores anything but a plain loopback http URL', () => {
    for (const url of [
      undefined,
      '',
      'https://localhost:5173/',
      'http://192.168.1.20:5173/',
      'http://localhost.evil.example/',
      'http://user:pw@localhost:5173/',
      'file:///tmp/index.html',
      'app://tracker/index.html',
      'not a url'
    ]) {
      expect(devRendererUrl(url, false)).toBeUndefined()
    }
  })
})

describe('createUrlTrust', () => {
  it('trusts only app://tracker without a dev server', () => {
    const trust = createUrlTrust(undefined)
    expect(trust('app://tracker/')).toBe(true)
    expect(trust('http://localhost:5173/')).toBe(false)
  })

  it('adds exactly the dev server origin in electron-vite dev', () => {
    const trust = createUrlTrust('http://localhost:5173/')
    expect(trust('http://localhost:5173/src/main.ts')).toBe(true)
    expect(trust('app://tracker/')).toBe(true)
    expect(trust('http://localhost:5174/')).toBe(false)
    expect(trust('http://localhost.evil:5173/')).toBe(false)
    expect(trust('https://localhost:5173/')).toBe(false)
  })

  it('ignores a dev URL that has no real origin', () => {
    const trust = createUrlTrust('not a url')
    expect(trust('app://tracker/')).toBe(true)
    expect(trust('not a url')).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it('accepts https links with a host', () => {
    expect(isSafeExternalUrl('https://learn.microsoft.com/en-us/exchange/')).toBe(true)
  })

  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'mailto:admin@contoso.com',
    'ms-settings:',
    'smb://server/share',
    'https://user:pw@example.com/',
    'app://tracker/',
    'https:',
    ''
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('windowOpenHandler', () => {
  async function open(url: string): Promise<{ result: unknown; opened: string[] }> {
    const opened: string[] = []
    const result = windowOpenHandler({ url }, (target) => {
      opened.push(target)
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    return { result, opened }
  }

  it('denies the window and hands https links to the OS browser', async () => {
    expect(await open('https://example.com/page')).toEqual({
      result: { action: 'deny' },
      opened: ['https://example.com/page']
    })
  })

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank'])(
    'denies %j and opens nothing',
    async (url) => {
      expect(await open(url)).toEqual({ result: { action: 'deny' }, opened: [] })
    }
  )

  it('swallows a failing openExternal', async () => {
    const result = windowOpenHandler({ url: 'https://example.com/' }, () =>
      Promise.reject(new Error('no browser'))
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(result).toEqual({ action: 'deny' })
  })
})

describe('permission handlers', () => {
  const DENIED = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'midiSysex',
    'display-capture',
    'window-management',
    'storage-access',
    'unknown'
  ]

  function request(permission: string, requestingUrl?: string): boolean | undefined {
    let granted: boolean | undefined
    permissionRequestHandler(null, permission, (value) => (granted = value), { requestingUrl })
    return granted
  }

  it('grants only persistent storage and writing to the clipboard', () => {
    expect([...GRANTED_PERMISSIONS]).toEqual(['persistent-storage', 'clipboard-sanitized-write'])
  })

  it("allows the Copy buttons' clipboard writes to the app's own origin only", () => {
    expect(request('clipboard-sanitized-write', 'app://tracker/index.html')).toBe(true)
    expect(permissionCheckHandler(null, 'clipboard-sanitized-write', 'app://tracker')).toBe(true)
    for (const origin of ['https://evil.example', 'app://evil', 'app://tracker.evil', 'null', '']) {
      expect(permissionCheckHandler(null, 'clipboard-sanitized-write', origin)).toBe(false)
      expect(request('clipboard-sanitized-write', origin)).toBe(false)
    }
    // Reading the clipboard stays denied, to the app as well.
    expect(permissionCheckHandler(null, 'clipboard-read', 'app://tracker')).toBe(false)
  })

  it.each(DENIED)('denies the %s request and check', (permission) => {
    expect(request(permission, 'app://tracker/index.html')).toBe(false)
    expect(permissionCheckHandler(null, permission, 'app://tracker/')).toBe(false)
  })

  it('allows persistent storage to the app only', () => {
    expect(request('persistent-storage', 'app://tracker/index.html')).toBe(true)
    expect(permissionCheckHandler(null, 'persistent-storage', 'app://tracker/')).toBe(true)
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false)
    expect(request('persistent-storage')).toBe(false)
    expect(permissionCheckHandler(null, 'persistent-storage', 'app://evil/')).toBe(false)
  })

  it('installs both handlers on a session', () => {
    const installed: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0]
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0]
    } = {}
    installPermissionHandlers({
      setPermissionRequestHandler: (handler) => (installed.request = handler),
      setPermissionCheckHandler: (handler) => (installed.check = handler)
    })
    const answers: boolean[] = []
    installed.request?.({}, 'media', (granted) => answers.push(granted), {
      requestingUrl: 'app://tracker/'
    })
    installed.request?.({}, 'persistent-storage', (granted) => answers.push(granted), {
      requestingUrl: 'app://tracker/'
    })
    expect(answers).toEqual([false, true])
    expect(installed.check?.({}, 'notifications', 'app://tracker/')).toBe(false)
    expect(installed.check?.({}, 'persistent-storage', 'app://tracker/')).toBe(true)
  })
})
