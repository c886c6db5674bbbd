/**
 * The page's end of the mailbox import worker: one worker per import, messages in and out, and a
 * clear error when the worker itself fails to load or dies.
 */
import type { ImportMessage, ImportRequest } from '../workers/mailbox-import-protocol'

export type ImportWorker = {
  /** Sends a request; a `read` with bytes transfers them (the buffer is unusable here afterwards). */
  send(request: ImportRequest): void
  /** Stops the worker at once; a write in progress is rolled back by IndexedDB. */
  terminate(): void
}

/** Starts an import worker; every message it sends (or a failure of the worker) goes to `onMessage`. */
export function startImportWorker(onMessage: (message: ImportMessage) => void): ImportWorker {
  const worker = new Worker(new URL('../workers/mailbox-import.worker.ts', import.meta.url), {
    type: 'module'
  })
  worker.addEventListener('message', (event: MessageEvent<ImportMessage>) => onMessage(event.data))
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    onMessage({
      type: 'failed',
      message: `Nothing was imported: the importer stopped (${event.message || 'unknown error'}).`
    })
  })
  return {
    send(request) {
      if (request.type === 'read' && request.bytes !== undefined)
        worker.postMessage(request, [request.bytes])
      else worker.postMessage(request)
    },
    terminate() {
      worker.terminate()
    }
  }
}
