import { cloudNames } from '../../domain/cloud'
import { domainProfileOf } from '../../domain/profile'
import type { Project } from '../../domain/types'
import { ValidationError, validateProjectInput, type ProjectInput } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { NotFoundError, rowToUpdate, newRowMeta, type WriteContext } from '../write-context'
import { regenerateDomainSteps } from './checklist-sync'
import { appendEvent, changedFields } from './events'
import { refreshDailySnapshot, snapshotTables } from './snapshots'

export async function createProject(
  db: TrackerDb,
  input: ProjectInput,
  context: WriteContext
): Promise<Project> {
  const checked = validateProjectInput(input)
  if (!checked.ok) throw new ValidationError(checked.errors)
  const project: Project = { ...newRowMeta(context), ...checked.value }
  await db.transaction('rw', db.projects, db.events, async () => {
    await db.projects.add(project)
    await appendEvent(db, context, {
      projectId: project.id,
      entity: 'project',
      entityId: project.id,
      action: 'created',
      summary: `Created project ${project.name}`,
      after: checked.value
    })
  })
  return project
}

/**
 * Saves the project profile. A change of Exchange version changes whether the Hybrid
 * Configuration Wizard applies, so every domain's checklist is regenerated in the same transaction.
 */
export async function updateProject(
  db: TrackerDb,
  id: string,
  input: ProjectInput,
  context: WriteContext,
  expectedRev?: number
): Promise<Project> {
  const checked = validateProjectInput(input)
  if (!checked.ok) throw new ValidationError(checked.errors)
  return db.transaction('rw', [db.domains, db.events, ...snapshotTables(db)], async () => {
    const current = rowToUpdate(
      await db.projects.get(id),
      'This project',
      expectedRev,
      (row) => `Project ${row.name}`
    )
    const before: ProjectInput = {
      cloud: cloudNames(current).cloud,
      name: current.name,
      tenantName: current.tenantName,
      onPremIps: current.onPremIps,
      onPremHost: current.onPremHost,
      certificateDomain: current.certificateDomain ?? '',
      hybridEndpoint: current.hybridEndpoint ?? '',
      thirdPartySenders: current.thirdPartySenders,
      exchangeVersion: current.exchangeVersion
    }
    const diff = changedFields(before, checked.value)
    if (!diff) return current
    const updated: Project = {
      ...current,
      ...checked.value,
      updatedAt: context.now,
      rev: current.rev + 1
    }
    await db.projects.put(updated)
    await appendEvent(db, context, {
      projectId: id,
      entity: 'project',
      entityId: id,
      action: 'updated',
      summary: `Updated the profile of ${updated.name}`,
      ...diff
    })
    if (current.exchangeVersion !== updated.exchangeVersion) {
      const domains = await db.domains.where('projectId').equals(id).toArray()
      for (const domain of domains)
        await regenerateDomainSteps(db, domain, domainProfileOf(domain, updated), context)
      await refreshDailySnapshot(db, id, context)
    }
    return updated
  })
}

/** Deletes a project and everything in it; the activity log keeps the record of the deletion. */
export async function deleteProject(
  db: TrackerDb,
  id: string,
  context: WriteContext
): Promise<void> {
  // The tables whose rows belong to the project by their projectId, deleted with it.
  const owned = [
    db.domains,
    db.steps,
    db.dnsRecords,
    db.connectors,
    db.mailboxes,
    db.batches,
    db.routeTests,
    db.dnsPastes
  ]
  await db.transaction('rw', [db.projects, ...owned, db.events], async () => {
    const project = await db.projects.get(id)
    if (!project) throw new NotFoundError('This project')
    const domainCount = await db.domains.where('projectId').equals(id).count()
    for (const table of owned) await table.where('projectId').equals(id).delete()
    await db.projects.delete(id)
    await appendEvent(db, context, {
      projectId: id,
      entity: 'project',
      entityId: id,
      action: 'deleted',
      summary: `Deleted project ${project.name} with ${domainCount} domain${domainCount === 1 ? '' : 's'}`,
      before: { name: project.name }
    })
  })
}
