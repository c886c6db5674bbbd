import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_METHODS } from '../../../src-main/shared/ipc-contract'

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][]
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value)
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args)
      return { echoed: args[0] }
    },
    on: () => undefined,
    send: () => undefined
  }
}))

beforeAll(async () => {
  await import('../../../src-main/preload/index')
})

function api(): Record<string, unknown> {
  const value = bridge.exposed.get('api')
  if (typeof value !== 'object' || value === null) throw new Error('window.api was not exposed')
  return { ...value }
}

describe('preload', () => {
  it("exposes only 'api'", () => {
    expect([...bridge.exposed.keys()]).toEqual(['api'])
  })

  it('exposes one named function per contract channel and nothing else', () => {
    const exposed = api()
    expect(Object.keys(exposed).sort()).toEqual(Object.values(CHANNEL_METHODS).sort())
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
  })

  it('never hands out ipcRenderer or its methods', () => {
    const values = Object.values(api())
    expect(values.some((value) => typeof value === 'object')).toBe(false)
    expect(Object.keys(api())).not.toContain('invoke')
    expect(Object.keys(api())).not.toContain('on')
  })

  it('forwards each call to its channel', async () => {
    bridge.invoked.length = 0
    const exposed = api()
    const args = { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' }
    const getAppInfo = exposed.getAppInfo as () => Promise<unknown>
    const saveFile = exposed.saveFile as (value: unknown) => Promise<unknown>
    const dnsQuery = exposed.dnsQuery as (value: unknown) => Promise<unknown>
    const saveReportPdf = exposed.saveReportPdf as (value: unknown) => Promise<unknown>
    const query = { name: 'contoso.com', type: 'MX', server: '192.0.2.53' }
    const report = { html: '<p>ok</p>', suggestedName: 'status-report.pdf' }
    expect(await getAppInfo()).toEqual({ echoed: 'app:get-info' })
    expect(await saveFile(args)).toEqual({ echoed: 'file:save' })
    expect(await dnsQuery(query)).toEqual({ echoed: 'dns:query' })
    expect(await saveReportPdf(report)).toEqual({ echoed: 'report:save-pdf' })
    expect(bridge.invoked).toEqual([
      ['app:get-info'],
      ['file:save', args],
      ['dns:query', query],
      ['report:save-pdf', report]
    ])
  })

  it('forwards the backup and canary calls to their channels', async () => {
    bridge.invoked.length = 0
    const exposed = api() as Record<string, (...args: unknown[]) => Promise<unknown>>
    const write = { text: '{}', reason: 'manual' }
    const read = { name: 'tracker-backup-2026-03-01T09-00-00-000Z-manual.json' }
    const canary = { projectCount: 1 }
    await exposed.writeBackup?.(write)
    await exposed.listBackups?.()
    await exposed.readBackup?.(read)
    await exposed.readCanary?.()
    await exposed.writeCanary?.(canary)
    expect(bridge.invoked).toEqual([
      ['backup:write', write],
      ['backup:list'],
      ['backup:read', read],
      ['canary:read'],
      ['canary:write', canary]
    ])
  })
})
