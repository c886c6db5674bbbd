import { describe, expect, it } from 'vitest'
import { APP_TITLE, createMainWindow, windowOptions } from '../../../src-main/window'
import type { MainWindowLike } from '../../../src-main/window'
import type { PreventableEvent } from '../../../src-main/security'

describe('windowOptions', () => {
  it('sets every security-relevant web preference explicitly', () => {
    expect(windowOptions('/app/out/preload/index.cjs').webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false
    })
  })

  it('starts hidden with a title and a usable minimum size', () => {
    const options = windowOptions('/p.cjs')
    expect(options).toMatchObject({ title: APP_TITLE, show: false, minWidth: 900, minHeight: 600 })
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0)
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0)
  })
})

type Listener = (event: PreventableEvent, url: string) => void

function fakeWindow() {
  const listeners = new Map<string, Listener>()
  const state = {
    shown: false,
    loaded: [] as string[],
    readyToShow: undefined as (() => void) | undefined,
    openHandler: undefined as ((details: { url: string }) => { action: 'deny' }) | undefined
  }
  const window = {
    webContents: {
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        state.openHandler = handler
      },
      on(event: string, listener: Listener) {
        listeners.set(event, listener)
      }
    },
    once(_event: 'ready-to-show', listener: () => void) {
      state.readyToShow = listener
    },
    show() {
      state.shown = true
    },
    async loadURL(url: string) {
      state.loaded.push(url)
    }
  } satisfies MainWindowLike
  return { window, listeners, state }
}

function navigate(listener: Listener | undefined, url: string): boolean {
  let prevented = false
  listener?.({ preventDefault: () => (prevented = true) }, url)
  return prevented
}

describe('createMainWindow', () => {
  it('builds the window from windowOptions, guards it, shows it when ready and loads the url', async () => {
    const fake = fakeWindow()
    const opened: string[] = []
    let received: unknown
    const { window, loaded } = createMainWindow({
      createWindow: (options) => {
        received = options
        return fake.window
      },
      preloadPath: '/out/preload/index.cjs',
      url: 'app://tracker/index.html',
      openExternal: (url) => {
        opened.push(url)
      },
      confirmLeave: () => false
    })
    await loaded
    expect(window).toBe(fake.window)
    expect(received).toEqual(windowOptions('/out/preload/index.cjs'))
    expect(fake.state.loaded).toEqual(['app://tracker/index.html'])
    expect(fake.state.shown).toBe(false)
    fake.state.readyToShow?.()
    expect(fake.state.shown).toBe(true)

    expect([...fake.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-prevent-unload',
      'will-redirect'
    ])
    expect(navigate(fake.listeners.get('will-navigate'), 'https://example.com/')).toBe(true)
    expect(navigate(fake.listeners.get('will-navigate'), 'app://tracker/index.html')).toBe(false)
    expect(navigate(fake.listeners.get('will-redirect'), 'app://evil/')).toBe(true)
    expect(navigate(fake.listeners.get('will-attach-webview'), 'app://tracker/')).toBe(true)
    expect(fake.state.openHandler?.({ url: 'https://learn.microsoft.com/' })).toEqual({
      action: 'deny'
    })
    await Promise.resolve()
    await Promise.resolve()
    expect(opened).toEqual(['https://learn.microsoft.com/'])
  })

  it('uses the given trust rule for navigation (dev server)', () => {
    const fake = fakeWindow()
    createMainWindow({
      createWindow: () => fake.window,
      preloadPath: '/p.cjs',
      url: 'http://localhost:5173/',
      openExternal: () => undefined,
      isTrustedUrl: (url) => url.startsWith('http://localhost:5173/'),
      confirmLeave: () => false
    })
    expect(navigate(fake.listeners.get('will-navigate'), 'http://localhost:5173/x')).toBe(false)
    expect(navigate(fake.listeners.get('will-navigate'), 'app://tracker/')).toBe(true)
  })

  it('asks before a page with unsaved edits is closed, and leaves only when the user says so', () => {
    const fake = fakeWindow()
    const answers = [false, true]
    const askedFor: unknown[] = []
    createMainWindow({
      createWindow: () => fake.window,
      preloadPath: '/p.cjs',
      url: 'app://tracker/index.html',
      openExternal: () => undefined,
      confirmLeave: (window) => {
        askedFor.push(window)
        return answers.shift() ?? false
      }
    })
    const refusal = fake.listeners.get('will-prevent-unload')
    // preventDefault overrides the page's refusal: the window closes.
    expect(navigate(refusal, '')).toBe(false)
    expect(navigate(refusal, '')).toBe(true)
    expect(askedFor).toEqual([fake.window, fake.window])
  })
})
