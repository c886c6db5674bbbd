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
    expect(await getAppInfo()).toEqual({ echoed: 'app:get-info' })
    expect(await saveFile(args)).toEqual({ echoed: 'file:save' })
    expect(bridge.invoked).toEqual([['app:get-info'], ['file:save', args]])
  })
})
