import type { EventEntity, EventRecord } from '../../domain/types'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'

export type EventFields = {
  projectId: string | null
  domainId?: string | null
  entity: EventEntity
  entityId: string
  action: string
  summary: string
  before?: unknown
  after?: unknown
}

/** Appends one activity-log entry; call it inside the transaction of the change it records. */
export async function appendEvent(
  db: TrackerDb,
  context: WriteContext,
  fields: EventFields
): Promise<EventRecord> {
  const event: EventRecord = {
    id: context.newId(),
    projectId: fields.projectId,
    domainId: fields.domainId ?? null,
    at: context.now,
    actor: context.actor,
    entity: fields.entity,
    entityId: fields.entityId,
    action: fields.action,
    summary: fields.summary,
    before: fields.before ?? null,
    after: fields.after ?? null
  }
  await db.events.add(event)
  return event
}

/** Appends an entry about a domain: its project, and the domain as both scope and entity. */
export function appendDomainEvent(
  db: TrackerDb,
  context: WriteContext,
  domain: { id: string; projectId: string },
  fields: Omit<EventFields, 'projectId' | 'domainId' | 'entity' | 'entityId'>
): Promise<EventRecord> {
  return appendEvent(db, context, {
    projectId: domain.projectId,
    domainId: domain.id,
    entity: 'domain',
    entityId: domain.id,
    ...fields
  })
}

/** The fields of `after` that differ from `before`, each side limited to those fields. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T
): { before: Partial<T>; after: Partial<T> } | null {
  const was: Partial<T> = {}
  const now: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key]
      now[key] = after[key]
    }
  }
  return Object.keys(now).length === 0 ? null : { before: was, after: now }
}
