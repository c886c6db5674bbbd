/**
 * The bridge between the renderer and its host. In the desktop app the preload script exposes
 * `window.api` (typed by src-main/shared/ipc-contract.ts); in browser mode the same interface is
 * implemented with what a web page can do. Nothing else in the renderer touches `window.api`.
 */
import type {
  AppInfo,
  RendererApi,
  SaveFileArgs,
  SaveFileResult
} from '../../../src-main/shared/ipc-contract'

export type PlatformKind = 'desktop' | 'browser'

export type Platform = {
  kind: PlatformKind
  getAppInfo(): Promise<AppInfo>
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>
}

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: RendererApi
  }
}

function desktopPlatform(api: RendererApi): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (args) => api.saveFile(args)
  }
}

/** Browser mode: downloads stand in for the native save dialog. */
function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async getAppInfo() {
      return {
        version: __APP_VERSION__,
        platform: 'browser',
        electron: '',
        userName: ''
      }
    },
    async saveFile({ suggestedName, mimeType, data }) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
        type: mimeType
      })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 0)
      return { saved: true }
    }
  }
}

export const platform: Platform = window.api ? desktopPlatform(window.api) : browserPlatform()
