/**
 * The project's connector register: connectors added by hand or imported from pasted PowerShell
 * output. Every write validates first (validateConnectorInput) and records itself in the activity
 * log in the same transaction; an import stores all its valid connectors or nothing.
 */
import type { Connector, ConnectorInput } from '../../domain/connectors/model'
import { defaultStepIds, validateConnectorInput } from '../../domain/connectors/model'
import type { ParsedConnector } from '../../domain/connectors/parse'
import type { FieldErrors } from '../../domain/validation'
import { hasProjectRowMeta, isStringArray } from '../../domain/json'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { ConflictError, NotFoundError, newRowMeta, type WriteContext } from '../write-context'
import { appendEvent, changedFields } from './events'

function isIdentification(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  const id = value as Record<string, unknown>
  return (
    (id.kind === 'certificate' && typeof id.certificateName === 'string') ||
    (id.kind === 'ip' && isStringArray(id.senderIps)) ||
    id.kind === 'none'
  )
}

/**
 * True when a stored row has the shape of a Connector. Rows of another shape (from an older build
 * or a hand-edited backup) are left out of the register rather than shown half-read.
 */
export function isConnector(row: unknown): row is Connector {
  if (row === null || typeof row !== 'object') return false
  const r = row as Record<string, unknown>
  const booleans = [
    'requireTls',
    'routeAllMessagesViaOnPremises',
    'cloudServicesMailEnabled',
    'restrictDomainsToIps',
    'enabled',
    'createdByHybridWizard'
  ]
  const lists = [
    'smartHosts',
    'recipientDomains',
    'senderDomains',
    'associatedAcceptedDomains',
    'stepIds'
  ]
  return (
    hasProjectRowMeta(r) &&
    typeof r.name === 'string' &&
    (r.side === 'inbound' || r.side === 'outbound') &&
    (r.direction === 'cloud-to-onprem' ||
      r.direction === 'onprem-to-cloud' ||
      r.direction === 'partner') &&
    (r.type === 'OnPremises' || r.type === 'Partner') &&
    isIdentification(r.identification) &&
    booleans.every((key) => typeof r[key] === 'boolean') &&
    lists.every((key) => isStringArray(r[key])) &&
    typeof r.status === 'string' &&
    typeof r.notes === 'string' &&
    (r.tlsSettings === undefined || typeof r.tlsSettings === 'string') &&
    (r.tlsDomain === undefined || typeof r.tlsDomain === 'string')
  )
}

/** The project's connectors by name; rows of an unknown shape are left out. */
export async function readConnectors(db: TrackerDb, projectId: string): Promise<Connector[]> {
  const rows = await db.connectors.where('projectId').equals(projectId).toArray()
  return rows.filter(isConnector).sort((a, b) => a.name.localeCompare(b.name))
}

async function checkProject(db: TrackerDb, projectId: string): Promise<void> {
  if (!(await db.projects.get(projectId))) throw new NotFoundError('This project')
}

function validated(input: ConnectorInput): { value: ConnectorInput; warnings: string[] } {
  const checked = validateConnectorInput(input)
  if (!checked.ok) throw new ValidationError(checked.errors)
  return { value: checked.value, warnings: checked.warnings }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

function duplicateName(name: string): FieldErrors {
  return {
    name: `The project already has a connector named “${name}”: Exchange Online names are unique.`
  }
}

/** The fields a connector's log entries compare: everything but the row metadata. */
function inputOf(connector: Connector): ConnectorInput {
  const { id: _id, projectId: _p, createdAt: _c, updatedAt: _u, rev: _r, ...input } = connector
  return input
}

/** The changed fields of two inputs, counting a field one of them lacks (tlsDomain removed). */
function diffInputs(
  before: ConnectorInput,
  after: ConnectorInput
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const pick = (input: ConnectorInput): Record<string, unknown> =>
    Object.fromEntries(keys.map((key) => [key, (input as Record<string, unknown>)[key]]))
  return changedFields(pick(before), pick(after))
}

/** The stored row of `input` replacing `current`. */
function replacing(current: Connector, input: ConnectorInput, context: WriteContext): Connector {
  return {
    ...input,
    id: current.id,
    projectId: current.projectId,
    createdAt: current.createdAt,
    updatedAt: context.now,
    rev: current.rev + 1
  }
}

/** Stores a new connector of the project and logs it: added by hand ('created') or 'imported'. */
async function storeNewConnector(
  db: TrackerDb,
  projectId: string,
  input: ConnectorInput,
  context: WriteContext,
  how: { action: 'created' | 'imported'; verb: string }
): Promise<Connector> {
  const connector: Connector = { ...newRowMeta(context), projectId, ...input }
  await db.connectors.add(connector)
  await appendEvent(db, context, {
    projectId,
    entity: 'connector',
    entityId: connector.id,
    action: how.action,
    summary: `${how.verb} the connector “${connector.name}”`,
    after: { connectorId: connector.id, ...input }
  })
  return connector
}

/** Adds a connector to the project's register after validating it. */
export async function addConnector(
  db: TrackerDb,
  projectId: string,
  input: ConnectorInput,
  context: WriteContext
): Promise<Connector> {
  const { value } = validated(input)
  return db.transaction('rw', [db.projects, db.connectors, db.events], async () => {
    await checkProject(db, projectId)
    const existing = await readConnectors(db, projectId)
    if (existing.some((c) => sameName(c.name, value.name))) {
      throw new ValidationError(duplicateName(value.name))
    }
    return storeNewConnector(db, projectId, value, context, { action: 'created', verb: 'Added' })
  })
}

async function connectorOrThrow(db: TrackerDb, id: string): Promise<Connector> {
  const row = await db.connectors.get(id)
  if (!isConnector(row)) throw new NotFoundError('This connector')
  return row
}

/**
 * Saves a change to a connector. `expectedRev` is the revision the form was opened on: a
 * connector changed since (another window, an import) throws a ConflictError.
 */
export async function updateConnector(
  db: TrackerDb,
  id: string,
  input: ConnectorInput,
  context: WriteContext,
  expectedRev?: number
): Promise<Connector> {
  const { value } = validated(input)
  return db.transaction('rw', [db.connectors, db.events], async () => {
    const current = await connectorOrThrow(db, id)
    if (expectedRev !== undefined && current.rev !== expectedRev) {
      throw new ConflictError(`Connector “${current.name}”`)
    }
    const others = (await readConnectors(db, current.projectId)).filter((c) => c.id !== id)
    if (others.some((c) => sameName(c.name, value.name))) {
      throw new ValidationError(duplicateName(value.name))
    }
    const diff = diffInputs(inputOf(current), value)
    if (!diff) return current
    const updated = replacing(current, value, context)
    await db.connectors.put(updated)
    await appendEvent(db, context, {
      projectId: current.projectId,
      entity: 'connector',
      entityId: id,
      action: 'updated',
      summary: `Updated the connector “${updated.name}”`,
      before: { connectorId: id, ...diff.before },
      after: { connectorId: id, ...diff.after }
    })
    return updated
  })
}

/** Removes a connector from the register; the activity log keeps what it was. */
export async function removeConnector(
  db: TrackerDb,
  id: string,
  context: WriteContext
): Promise<void> {
  await db.transaction('rw', [db.connectors, db.events], async () => {
    const current = await connectorOrThrow(db, id)
    await db.connectors.delete(id)
    await appendEvent(db, context, {
      projectId: current.projectId,
      entity: 'connector',
      entityId: id,
      action: 'deleted',
      summary: `Removed the connector “${current.name}”`,
      before: { connectorId: id, ...inputOf(current) }
    })
  })
}

/** What an import did. */
export type ConnectorImportResult = {
  added: Connector[]
  updated: Connector[]
  /** Connectors of the paste that had errors and were left out. */
  skipped: number
}

/** True when the connector's steps are not what its settings imply: the user chose them. */
function hasChosenSteps(connector: Connector): boolean {
  const defaults = defaultStepIds(connector)
  return (
    connector.stepIds.length !== defaults.length ||
    connector.stepIds.some((stepId) => !defaults.includes(stepId))
  )
}

/**
 * Stores the valid connectors of a parsed paste (parseConnectorPaste) in one transaction: a
 * connector whose name is already in the register updates it (keeping its notes, a 'verified'
 * status and steps the user chose), any other is added. Connectors with errors are skipped; when
 * none is valid, or one no longer validates, a ValidationError is thrown and nothing is stored.
 */
export async function importConnectors(
  db: TrackerDb,
  projectId: string,
  parsed: readonly ParsedConnector[],
  context: WriteContext
): Promise<ConnectorImportResult> {
  const valid = parsed.filter((c): c is Extract<ParsedConnector, { ok: true }> => c.ok)
  if (valid.length === 0) {
    throw new ValidationError({
      paste:
        parsed.length === 0
          ? 'The paste holds no connector.'
          : 'No connector in the paste can be imported: fix the errors shown for each one.'
    })
  }
  const inputs = valid.map((c) => {
    const checked = validateConnectorInput(c.value)
    if (!checked.ok) {
      const reason = Object.values(checked.errors).join(' ')
      throw new ValidationError({ paste: `Line ${c.line}, “${c.name}”: ${reason}` })
    }
    return checked.value
  })
  const names = new Set<string>()
  for (const input of inputs) {
    const key = input.name.toLowerCase()
    if (names.has(key)) {
      throw new ValidationError({ paste: `“${input.name}” appears twice in the paste.` })
    }
    names.add(key)
  }
  return db.transaction('rw', [db.projects, db.connectors, db.events], async () => {
    await checkProject(db, projectId)
    const existing = await readConnectors(db, projectId)
    const result: ConnectorImportResult = {
      added: [],
      updated: [],
      skipped: parsed.length - valid.length
    }
    for (const input of inputs) {
      const current = existing.find((c) => sameName(c.name, input.name))
      if (!current) {
        const how = { action: 'imported', verb: 'Imported' } as const
        result.added.push(await storeNewConnector(db, projectId, input, context, how))
        continue
      }
      const merged: ConnectorInput = {
        ...input,
        notes: current.notes,
        status: current.status === 'verified' ? 'verified' : input.status,
        stepIds: hasChosenSteps(current) ? current.stepIds : input.stepIds
      }
      const diff = diffInputs(inputOf(current), merged)
      if (!diff) continue
      const updated = replacing(current, merged, context)
      await db.connectors.put(updated)
      result.updated.push(updated)
      await appendEvent(db, context, {
        projectId,
        entity: 'connector',
        entityId: current.id,
        action: 'updated',
        summary: `Updated the connector “${updated.name}” from imported PowerShell output`,
        before: { connectorId: current.id, ...diff.before },
        after: { connectorId: current.id, ...diff.after }
      })
    }
    return result
  })
}
