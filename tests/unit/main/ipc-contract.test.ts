import { describe, expect, it } from 'vitest'
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CHANNEL_METHODS,
  IPC_CHANNELS
} from '../../../src-main/shared/ipc-contract'

describe('the IPC contract', () => {
  it('lists every channel once, named noun:verb', () => {
    expect([...IPC_CHANNELS].sort()).toEqual(Object.keys(CHANNEL_METHODS).sort())
    expect(new Set(IPC_CHANNELS).size).toBe(IPC_CHANNELS.length)
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
  })

  it('gives each channel its own window.api method', () => {
    const methods = Object.values(CHANNEL_METHODS)
    expect(new Set(methods).size).toBe(methods.length)
    expect(CHANNEL_METHODS).toEqual({
      'app:get-info': 'getAppInfo',
      'file:save': 'saveFile',
      'report:save-pdf': 'saveReportPdf',
      'dns:query': 'dnsQuery',
      'backup:write': 'writeBackup',
      'backup:list': 'listBackups',
      'backup:read': 'readBackup',
      'canary:read': 'readCanary',
      'canary:write': 'writeCanary'
    })
  })

  it('fixes the app origin', () => {
    expect([APP_SCHEME, APP_HOST, APP_ORIGIN]).toEqual(['app', 'tracker', 'app://tracker'])
    expect(`${APP_SCHEME}://${APP_HOST}`).toBe(APP_ORIGIN)
  })
})
