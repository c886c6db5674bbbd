/**
 * Regenerates every domain's checklist from the current step catalog. Checklists otherwise
 * regenerate only when a domain or project is edited, so without this a catalog change (new steps
 * such as enhanced filtering or directory synchronization, new requirements) would never reach
 * existing projects. Runs in the schema upgrade that ships such a change (version 3) and after the
 * restore of a backup of an older schema version. Steps keep their history: new ones arrive as
 * 'todo' with the catalog's reason, ones no longer needed are retired, never deleted.
 */
import type { EntityTable, Table, Transaction } from 'dexie'
import { stepTitle } from '../../domain/catalog'
import { domainConditions, domainProfileOf } from '../../domain/profile'
import type { Domain, EventRecord, Project, Step } from '../../domain/types'
import { writeRegeneratedSteps } from '../repositories/checklist-sync'
import { liveWriteContext, type WriteContext } from '../write-context'

export type ChecklistTables = {
  projects: Table<Project, string>
  domains: Table<Domain, string>
  steps: EntityTable<Step, 'id'>
  events: Table<EventRecord, string>
}

/**
 * Brings every domain's steps in line with the catalog, inside the caller's transaction (which
 * must include the four tables). Domains stored before a condition existed get it as false.
 * Records one event per domain whose steps were added, retired or restored, naming `occasion`.
 * Returns how many domains changed.
 */
export async function regenerateEveryChecklist(
  tables: ChecklistTables,
  context: WriteContext,
  occasion: string
): Promise<number> {
  const projects = new Map((await tables.projects.toArray()).map((p) => [p.id, p]))
  let changedDomains = 0
  for (const stored of await tables.domains.toArray()) {
    const project = projects.get(stored.projectId)
    if (!project) continue
    const conditions = domainConditions(stored.conditions)
    const domain: Domain = { ...stored, conditions }
    if (JSON.stringify(conditions) !== JSON.stringify(stored.conditions)) {
      await tables.domains.put(domain)
    }
    const profile = domainProfileOf(domain, project)
    const result = await writeRegeneratedSteps(tables.steps, domain, profile, context)
    if (result === null) continue
    changedDomains++
    const titles = (list: Step[]): string => list.map((s) => `“${stepTitle(s.stepId)}”`).join(', ')
    const parts: string[] = []
    if (result.created.length > 0) parts.push(`added ${titles(result.created)}`)
    if (result.restored.length > 0) parts.push(`restored ${titles(result.restored)}`)
    if (result.retired.length > 0) parts.push(`retired ${titles(result.retired)}`)
    await tables.events.add({
      id: context.newId(),
      projectId: domain.projectId,
      domainId: domain.id,
      at: context.now,
      actor: context.actor,
      entity: 'domain',
      entityId: domain.id,
      action: 'checklist-regenerated',
      summary: `Checklist of ${domain.name} brought up to date ${occasion}: ${parts.join('; ')}`,
      before: null,
      after: {
        added: result.created.map((step) => step.stepId),
        retired: result.retired.map((step) => step.stepId),
        restored: result.restored.map((step) => step.stepId)
      }
    })
  }
  return changedDomains
}

/**
 * The upgrade function of a schema version that ships catalog changes: every checklist
 * regenerated in the upgrade's transaction, recorded as the app's doing on `occasion`.
 */
export function regenerateChecklistsUpgrade(
  occasion: string
): (tx: Transaction) => Promise<number> {
  return (tx) =>
    regenerateEveryChecklist(
      {
        projects: tx.table('projects'),
        domains: tx.table('domains'),
        steps: tx.table('steps'),
        events: tx.table('events')
      },
      liveWriteContext('App upgrade'),
      occasion
    )
}
