/**
 * The mailbox import, off the main thread (a Vite module worker). Decoding and parsing a 30 MB
 * export, planning 100,000 rows and serialising them into IndexedDB take seconds of CPU; here
 * they cannot freeze the page. The write is the same repository call the app uses everywhere
 * (commitImport: one transaction, all rows or none); if the page is closed or crashes, the worker
 * dies with it and IndexedDB rolls the transaction back.
 */
import {
  ImportCancelledError,
  commitImport,
  importFailure
} from '../db/repositories/mailbox-imports'
import { readProjectMailboxes } from '../db/repositories/mailboxes'
import { TrackerDb } from '../db/schema'
import { parseMailboxExport, parseMailboxExportWithMapping } from '../domain/mailboxes/import'
import { planImport } from '../domain/mailboxes/plan'
import type { ImportPlan } from '../domain/mailboxes/plan'
import { summarisePlan } from '../domain/mailboxes/preview'
import type { ImportMessage, ImportRequest } from './mailbox-import-protocol'

type WorkerScope = {
  postMessage(message: ImportMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void
}

const scope = self as unknown as WorkerScope
const db = new TrackerDb()

let file: { bytes: Uint8Array; fileName: string; projectId: string } | null = null
let plan: ImportPlan | null = null
let cancelled = false

async function read(request: Extract<ImportRequest, { type: 'read' }>): Promise<void> {
  if (request.bytes !== undefined)
    file = {
      bytes: new Uint8Array(request.bytes),
      fileName: request.fileName,
      projectId: request.projectId
    }
  if (file === null) throw new Error('No file was given to read.')
  plan = null
  scope.postMessage({ type: 'reading', stage: 'parsing', bytes: file.bytes.length })
  const result =
    request.mapping === undefined
      ? parseMailboxExport(file.bytes)
      : parseMailboxExportWithMapping(file.bytes, request.mapping)
  if (result.format === 'unknown' && request.mapping === undefined && result.headers.length > 0) {
    scope.postMessage({
      type: 'mapping-needed',
      headers: result.headers,
      mapping: { ...result.mapping },
      problems: result.warnings
    })
    return
  }
  scope.postMessage({ type: 'reading', stage: 'planning', bytes: file.bytes.length })
  const { projectId, fileName } = file
  const [existing, domains, batches] = await Promise.all([
    readProjectMailboxes(db, projectId),
    db.domains.where('projectId').equals(projectId).toArray(),
    db.batches.where('projectId').equals(projectId).toArray()
  ])
  plan = planImport(result, existing, domains, batches, {
    projectId,
    importId: crypto.randomUUID(),
    fileName,
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID()
  })
  scope.postMessage({
    type: 'preview',
    preview: summarisePlan(plan),
    headers: result.headers,
    mapping: { ...result.mapping }
  })
}

async function commit(request: Extract<ImportRequest, { type: 'commit' }>): Promise<void> {
  if (plan === null) throw new Error('There is no previewed import to write.')
  cancelled = false
  const record = await commitImport(
    db,
    plan.projectId,
    plan,
    {
      validOnly: request.validOnly,
      onProgress: (written, total) => {
        // Thrown inside the transaction, so everything written so far is rolled back.
        if (cancelled) throw new ImportCancelledError()
        scope.postMessage({ type: 'writing', written, total })
      }
    },
    { actor: request.actor, now: new Date().toISOString(), newId: () => crypto.randomUUID() }
  )
  plan = null
  file = null
  scope.postMessage({ type: 'committed', record })
}

scope.addEventListener('message', (event) => {
  const request = event.data
  if (request.type === 'cancel') {
    cancelled = true
    return
  }
  const work = request.type === 'read' ? read(request) : commit(request)
  work.catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: importFailure(error) })
  )
})
