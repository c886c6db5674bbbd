// The bridge between the sandboxed renderer and main: window.api with one named function per
// contract channel. ipcRenderer itself is never exposed, so page code can reach no channel
// outside the contract and cannot listen to arbitrary events. Bundled into one CommonJS file:
// a sandboxed preload can require 'electron' but not our own chunks.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcArgs, IpcChannel, IpcResult, RendererApi } from '../shared/ipc-contract'

function invoke<K extends IpcChannel>(channel: K, ...args: IpcArgs<K>): Promise<IpcResult<K>> {
  return ipcRenderer.invoke(channel, ...args)
}

const api = {
  getAppInfo() {
    return invoke('app:get-info')
  },
  saveFile(args) {
    return invoke('file:save', args)
  },
  saveReportPdf(args) {
    return invoke('report:save-pdf', args)
  },
  dnsQuery(args) {
    return invoke('dns:query', args)
  },
  writeBackup(args) {
    return invoke('backup:write', args)
  },
  listBackups() {
    return invoke('backup:list')
  },
  readBackup(args) {
    return invoke('backup:read', args)
  },
  readCanary() {
    return invoke('canary:read')
  },
  writeCanary(canary) {
    return invoke('canary:write', canary)
  }
} satisfies RendererApi

contextBridge.exposeInMainWorld('api', api)
