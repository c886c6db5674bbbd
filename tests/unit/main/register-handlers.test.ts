import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '../../../src-main/shared/ipc-contract'
import type { AppInfo } from '../../../src-main/shared/ipc-contract'
import {
  assertTrustedSender,
  createIpcHandlers,
  registerIpcHandlers
} from '../../../src-main/ipc/register-handlers'
import type { IpcHandlers, InvokeEventLike } from '../../../src-main/ipc/register-handlers'
import { isAppUrl } from '../../../src-main/security'

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

const INFO: AppInfo = {
  version: '0.1.0',
  platform: 'linux',
  electron: '45.6.1',
  chrome: '',
  node: '',
  userName: 'ada'
}
const APP_EVENT: InvokeEventLike = { senderFrame: { url: 'app://tracker/index.html' } }
const BACKUP_NAME = 'tracker-backup-2026-03-01T09-00-00-000Z-manual.json'

function setup(extraHandlers: Record<string, unknown> = {}) {
  const registered = new Map<string, Listener>()
  const calls: unknown[][] = []
  const handlers: IpcHandlers<InvokeEventLike> = {
    'app:get-info': (...args) => {
      calls.push(['app:get-info', ...args.slice(1)])
      return INFO
    },
    'file:save': async (_event, args) => {
      calls.push(['file:save', args])
      return { saved: true, path: `/home/ada/${args.suggestedName}` }
    },
    'report:save-pdf': async (_event, args) => {
      calls.push(['report:save-pdf', args])
      return { saved: true, path: `/home/ada/${args.suggestedName}` }
    },
    'dns:query': async (_event, args) => {
      calls.push(['dns:query', args])
      return { ok: true, name: args.name, type: 'A', answers: ['192.0.2.1'] }
    },
    'backup:write': async (_event, args) => {
      calls.push(['backup:write', args])
      return { name: BACKUP_NAME, createdAt: '2026-03-01T09:00:00.000Z', reason: 'manual', size: 2 }
    },
    'backup:list': async () => [],
    'backup:read': async (_event, args) => {
      calls.push(['backup:read', args])
      return '{}'
    },
    'canary:read': async () => null,
    'canary:write': async (_event, canary) => void calls.push(['canary:write', canary]),
    ...extraHandlers
  }
  const result = registerIpcHandlers(
    { handle: (channel, listener) => void registered.set(channel, listener) },
    handlers
  )
  function invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = registered.get(channel)
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`)
    return listener(event, ...args)
  }
  return { registered, calls, result, invoke }
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { registered, result } = setup({ 'shell:exec': () => 'pwned' })
    expect([...registered.keys()]).toEqual([...IPC_CHANNELS])
    expect(result).toEqual([
      'app:get-info',
      'file:save',
      'report:save-pdf',
      'dns:query',
      'backup:write',
      'backup:list',
      'backup:read',
      'canary:read',
      'canary:write'
    ])
    expect(registered.has('shell:exec')).toBe(false)
  })

  it('runs a handler for a trusted sender with a valid payload', async () => {
    const { invoke, calls } = setup()
    await expect(invoke('app:get-info', APP_EVENT)).resolves.toEqual(INFO)
    const args = { suggestedName: 'reports/a.csv', mimeType: 'text/csv', data: 'x' }
    await expect(invoke('file:save', APP_EVENT, args)).resolves.toEqual({
      saved: true,
      path: '/home/ada/a.csv'
    })
    await expect(
      invoke('dns:query', APP_EVENT, { name: 'mail.contoso.com', type: 'A', timeoutMs: 900 })
    ).resolves.toEqual({ ok: true, name: 'mail.contoso.com', type: 'A', answers: ['192.0.2.1'] })
    expect(calls).toEqual([
      ['app:get-info'],
      ['file:save', { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' }],
      ['dns:query', { name: 'mail.contoso.com', type: 'A', timeoutMs: 900 }]
    ])
  })

  it.each([
    ['https://evil.example/', 'IPC refused: untrusted sender "https://evil.example/"'],
    ['app://tracker.evil.com/', 'IPC refused: untrusted sender "app://tracker.evil.com/"'],
    ['app://evil/index.html', 'IPC refused: untrusted sender "app://evil/index.html"'],
    ['file:///tmp/x.html', 'IPC refused: untrusted sender "file:///tmp/x.html"'],
    ['about:blank', 'IPC refused: untrusted sender "about:blank"']
  ])('refuses a sender frame at %s before looking at the payload', async (url, message) => {
    const { invoke, calls } = setup()
    await expect(invoke('app:get-info', { senderFrame: { url } })).rejects.toThrow(message)
    await expect(invoke('file:save', { senderFrame: { url } }, 'garbage')).rejects.toThrow(message)
    const query = { name: 'contoso.com', type: 'A' }
    await expect(invoke('dns:query', { senderFrame: { url } }, query)).rejects.toThrow(message)
    expect(calls).toEqual([])
  })

  it('refuses a call whose frame is gone', async () => {
    const { invoke } = setup()
    await expect(invoke('app:get-info', { senderFrame: null })).rejects.toThrow(
      'IPC refused: the sending frame is gone'
    )
  })

  it('rejects an invalid payload with a clear message and never calls the handler', async () => {
    const { invoke, calls } = setup()
    await expect(invoke('file:save', APP_EVENT, { suggestedName: 1 })).rejects.toThrow(
      'suggestedName must be a string'
    )
    await expect(
      invoke('file:save', APP_EVENT, { suggestedName: 'CON.txt', mimeType: 'text/plain', data: '' })
    ).rejects.toThrow('Invalid file name "CON.txt": a reserved device name on Windows')
    await expect(
      invoke('file:save', APP_EVENT, {
        suggestedName: 'a.bin',
        mimeType: 'application/octet-stream',
        data: new Uint8Array(50 * 1024 * 1024 + 1)
      })
    ).rejects.toThrow('data is larger than 52428800 bytes')
    await expect(invoke('app:get-info', APP_EVENT, 'extra')).rejects.toThrow(
      'app:get-info: expected 0 argument(s), got 1'
    )
    await expect(
      invoke('dns:query', APP_EVENT, { name: 'x'.repeat(5000), type: 'TXT' })
    ).rejects.toThrow('name is longer than 1024 characters')
    await expect(
      invoke('dns:query', APP_EVENT, { name: 'contoso.com', type: 'TXT', server: 'evil.example' })
    ).rejects.toThrow('DNS server “evil.example” is not an IP address')
    expect(calls).toEqual([])
  })

  it('hands report:save-pdf only a validated report to the handler', async () => {
    const { invoke, calls } = setup()
    const report = { html: '<p>ok</p>', suggestedName: 'status-report.pdf' }
    await expect(invoke('report:save-pdf', APP_EVENT, report)).resolves.toEqual({
      saved: true,
      path: '/home/ada/status-report.pdf'
    })
    await expect(
      invoke('report:save-pdf', APP_EVENT, { ...report, suggestedName: '../x.pdf' })
    ).rejects.toThrow(`Invalid file name "../x.pdf": '..' is not allowed`)
    await expect(
      invoke('report:save-pdf', { senderFrame: { url: 'file:///tmp/x.html' } }, report)
    ).rejects.toThrow('IPC refused: untrusted sender')
    expect(calls).toEqual([['report:save-pdf', report]])
  })

  it('uses the given trust rule', async () => {
    const registered = new Map<string, Listener>()
    registerIpcHandlers(
      { handle: (channel, listener) => void registered.set(channel, listener) },
      createIpcHandlers({
        appInfo: () => INFO,
        showSaveDialog: async () => ({ canceled: true }),
        defaultSaveDir: () => '/home/ada/Documents'
      }),
      (url) => url.startsWith('http://localhost:5173/') || isAppUrl(url)
    )
    const devEvent = { senderFrame: { url: 'http://localhost:5173/' } }
    await expect(registered.get('app:get-info')?.(devEvent)).resolves.toEqual(INFO)
  })
})

describe('assertTrustedSender', () => {
  it('accepts app://tracker frames', () => {
    expect(() => assertTrustedSender(APP_EVENT, isAppUrl)).not.toThrow()
  })
})

describe('createIpcHandlers', () => {
  it('answers app:get-info from the app info source', async () => {
    const handlers = createIpcHandlers({
      appInfo: () => INFO,
      showSaveDialog: async () => ({ canceled: true }),
      defaultSaveDir: () => '/docs'
    })
    expect(await handlers['app:get-info'](APP_EVENT)).toEqual(INFO)
  })

  it('opens the save dialog for the calling event, in the default folder', async () => {
    const seen: unknown[] = []
    const handlers = createIpcHandlers<InvokeEventLike>({
      appInfo: () => INFO,
      showSaveDialog: async (event, options) => {
        seen.push(event, options.defaultPath)
        return { canceled: true }
      },
      defaultSaveDir: () => '/docs'
    })
    const result = await handlers['file:save'](APP_EVENT, {
      suggestedName: 'a.csv',
      mimeType: 'text/csv',
      data: 'x'
    })
    expect(result).toEqual({ saved: false })
    expect(seen).toEqual([APP_EVENT, '/docs/a.csv'])
  })

  it('rejects report:save-pdf when PDF export is not set up', async () => {
    const handlers = createIpcHandlers({
      appInfo: () => INFO,
      showSaveDialog: async () => ({ canceled: true }),
      defaultSaveDir: () => '/docs'
    })
    await expect(
      handlers['report:save-pdf'](APP_EVENT, { html: '<p>x</p>', suggestedName: 'a.pdf' })
    ).rejects.toThrow('PDF export is not set up')
  })

  it('answers dns:query from the DNS module, resolving failures rather than throwing', async () => {
    const handlers = createIpcHandlers({
      appInfo: () => INFO,
      showSaveDialog: async () => ({ canceled: true }),
      defaultSaveDir: () => '/docs'
    })
    await expect(
      handlers['dns:query'](APP_EVENT, { name: 'contoso..com', type: 'MX' })
    ).resolves.toEqual({
      ok: false,
      code: 'INVALID',
      message: '“contoso..com” has an empty label: remove the extra dot.'
    })
  })
})
