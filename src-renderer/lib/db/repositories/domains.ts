import { createChecklist } from '../../domain/checklist'
import { stepsFor } from '../../domain/catalog'
import { domainProfileOf } from '../../domain/profile'
import type { Domain, Scenario2Outbound } from '../../domain/types'
import { ValidationError, validateDomainInput, type DomainInput } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { NotFoundError, rowToUpdate, newRowMeta, type WriteContext } from '../write-context'
import { regenerateDomainSteps } from './checklist-sync'
import { appendDomainEvent, changedFields } from './events'
import { refreshDailySnapshot, snapshotTables } from './snapshots'

async function otherDomainNames(
  db: TrackerDb,
  projectId: string,
  exceptId?: string
): Promise<string[]> {
  const domains = await db.domains.where('projectId').equals(projectId).toArray()
  return domains.filter((domain) => domain.id !== exceptId).map((domain) => domain.name)
}

/** Adds a domain with the checklist of its scenario, in one transaction. */
/** The stored domain, or a NotFoundError a form can show (“This domain was not found…”). */
export async function domainOrThrow(db: TrackerDb, domainId: string): Promise<Domain> {
  const domain = await db.domains.get(domainId)
  if (!domain) throw new NotFoundError('This domain')
  return domain
}

export async function addDomain(
  db: TrackerDb,
  projectId: string,
  input: DomainInput,
  context: WriteContext
): Promise<Domain> {
  return db.transaction('rw', [db.domains, db.events, ...snapshotTables(db)], async () => {
    const project = await db.projects.get(projectId)
    if (!project) throw new NotFoundError('This project')
    const checked = validateDomainInput(input, await otherDomainNames(db, projectId))
    if (!checked.ok) throw new ValidationError(checked.errors)
    const domain: Domain = { ...newRowMeta(context), projectId, ...checked.value }
    await db.domains.add(domain)
    const steps = createChecklist(stepsFor(domain.scenario, domainProfileOf(domain, project)), {
      projectId,
      domainId: domain.id,
      now: context.now,
      newId: context.newId
    })
    await db.steps.bulkAdd(steps)
    await appendDomainEvent(db, context, domain, {
      action: 'created',
      summary: `Added ${domain.name} in scenario ${domain.scenario} with ${steps.length} steps`,
      after: checked.value
    })
    await refreshDailySnapshot(db, projectId, context)
    return domain
  })
}

/**
 * Saves a domain. A new scenario or new conditions regenerate its checklist in the same
 * transaction, keeping the history of every step that still applies.
 */
export async function updateDomain(
  db: TrackerDb,
  id: string,
  input: DomainInput,
  context: WriteContext,
  expectedRev?: number
): Promise<Domain> {
  return db.transaction('rw', [db.domains, db.events, ...snapshotTables(db)], async () => {
    const current = rowToUpdate(
      await db.domains.get(id),
      'This domain',
      expectedRev,
      (row) => `Domain ${row.name}`
    )
    const project = await db.projects.get(current.projectId)
    if (!project) throw new NotFoundError('The project of this domain')
    const checked = validateDomainInput(input, await otherDomainNames(db, current.projectId, id))
    if (!checked.ok) throw new ValidationError(checked.errors)
    const before: DomainInput = {
      name: current.name,
      scenario: current.scenario,
      conditions: current.conditions,
      scenario2Outbound: current.scenario2Outbound
    }
    const after: DomainInput = { scenario2Outbound: undefined, ...checked.value }
    const diff = changedFields(before, after)
    if (!diff) return current
    // The choice is cleared when the input leaves it out (left to decide later).
    const { scenario2Outbound: _dropped, ...rest } = current
    const updated: Domain = {
      ...rest,
      ...checked.value,
      updatedAt: context.now,
      rev: current.rev + 1
    }
    await db.domains.put(updated)
    await appendDomainEvent(db, context, updated, {
      ...domainChangeEvent(current, updated),
      ...diff
    })
    await regenerateDomainSteps(db, updated, domainProfileOf(updated, project), context)
    await refreshDailySnapshot(db, updated.projectId, context)
    return updated
  })
}

const OUTBOUND_WORDS: Readonly<Record<Scenario2Outbound, string>> = {
  direct: 'directly using DNS',
  'through-exchange-online': 'back through Exchange Online'
}

/** The event's action and summary: a scenario move, a new scenario 2 outbound path, or an edit. */
function domainChangeEvent(current: Domain, updated: Domain): { action: string; summary: string } {
  if (current.scenario !== updated.scenario)
    return {
      action: 'scenario-changed',
      summary: `Moved ${updated.name} from scenario ${current.scenario} to scenario ${updated.scenario}`
    }
  if (current.scenario2Outbound !== updated.scenario2Outbound)
    return {
      action: 'outbound-path-changed',
      summary:
        updated.scenario2Outbound === undefined
          ? `Left the outbound path of ${updated.name} to be chosen`
          : `Chose the outbound path of ${updated.name}: ${OUTBOUND_WORDS[updated.scenario2Outbound]}`
    }
  return { action: 'updated', summary: `Updated ${updated.name}` }
}

/** Removes a domain with its steps, DNS records, pasted DNS output and route tests; the activity log keeps the record. */
export async function removeDomain(
  db: TrackerDb,
  id: string,
  context: WriteContext
): Promise<void> {
  const tables = [
    db.domains,
    db.dnsRecords,
    db.dnsPastes,
    db.routeTests,
    db.events,
    ...snapshotTables(db)
  ]
  await db.transaction('rw', tables, async () => {
    const domain = await db.domains.get(id)
    if (!domain) throw new NotFoundError('This domain')
    await db.steps.where('domainId').equals(id).delete()
    await db.dnsRecords.where('domainId').equals(id).delete()
    await db.dnsPastes.where('domainId').equals(id).delete()
    await db.routeTests.where('domainId').equals(id).delete()
    await db.domains.delete(id)
    await appendDomainEvent(db, context, domain, {
      action: 'deleted',
      summary: `Removed ${domain.name}`,
      before: { name: domain.name, scenario: domain.scenario }
    })
    await refreshDailySnapshot(db, domain.projectId, context)
  })
}
