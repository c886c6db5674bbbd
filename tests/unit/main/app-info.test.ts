import { describe, expect, it } from 'vitest'
import { getAppInfo, osUserName } from '../../../src-main/ipc/app-info'

describe('getAppInfo', () => {
  it('reports the versions of the app, Electron, Chromium and Node.js, and the OS user', () => {
    expect(
      getAppInfo({
        app: { getVersion: () => '0.1.0' },
        process: {
          platform: 'win32',
          versions: { electron: '45.6.1', chrome: '142.0.7444.265', node: '22.21.1' },
          env: {}
        },
        userInfo: () => ({ username: 'ada.lovelace' })
      })
    ).toEqual({
      version: '0.1.0',
      platform: 'win32',
      electron: '45.6.1',
      chrome: '142.0.7444.265',
      node: '22.21.1',
      userName: 'ada.lovelace'
    })
  })

  it("reports '' for Electron and Chromium outside Electron", () => {
    const info = getAppInfo({
      app: { getVersion: () => '1.0.0' },
      process: { platform: 'linux', versions: { node: '20.19.0' }, env: {} },
      userInfo: () => ({ username: 'x' })
    })
    expect(info).toMatchObject({ electron: '', chrome: '', node: '20.19.0' })
  })
})

describe('osUserName', () => {
  function throwing(): never {
    throw new Error('ENOENT: no passwd entry')
  }

  it('falls back to USER, USERNAME, LOGNAME when userInfo fails', () => {
    expect(osUserName(throwing, { USER: 'root' })).toBe('root')
    expect(osUserName(throwing, { USERNAME: 'ADA' })).toBe('ADA')
    expect(osUserName(throwing, { LOGNAME: 'lg' })).toBe('lg')
    expect(osUserName(() => ({ username: '' }), { USER: 'env' })).toBe('env')
  })

  it("answers '' when nothing names the user", () => {
    expect(osUserName(throwing, { USER: '' })).toBe('')
  })
})
