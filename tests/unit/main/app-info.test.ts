import { describe, expect, it } from 'vitest'
import { getAppInfo, osUserName } from '../../../src-main/ipc/app-info'

describe('getAppInfo', () => {
  it('reports version, platform, Electron version and the OS user', () => {
    expect(
      getAppInfo({
        app: { getVersion: () => '0.1.0' },
        process: { platform: 'win32', versions: { electron: '40.8.5' }, env: {} },
        userInfo: () => ({ username: 'ada.lovelace' })
      })
    ).toEqual({ version: '0.1.0', platform: 'win32', electron: '40.8.5', userName: 'ada.lovelace' })
  })

  it("reports '' for Electron outside Electron", () => {
    const info = getAppInfo({
      app: { getVersion: () => '1.0.0' },
      process: { platform: 'linux', versions: {}, env: {} },
      userInfo: () => ({ username: 'x' })
    })
    expect(info.electron).toBe('')
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
