import type { EntityTable } from 'dexie'
import { stepsFor } from '../../domain/catalog'
import { regenerateChecklist, type ChecklistChanges } from '../../domain/checklist'
import type { Domain, DomainProfile, Step } from '../../domain/types'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'
import { appendDomainEvent } from './events'

/**
 * Regenerates one domain's checklist from the catalog and writes what changed. Returns the changes
 * when steps were added, retired or restored (what deserves an event), else null.
 */
export async function writeRegeneratedSteps(
  steps: EntityTable<Step, 'id'>,
  domain: Domain,
  profile: DomainProfile,
  context: Pick<WriteContext, 'now' | 'newId'>
): Promise<ChecklistChanges | null> {
  const existing = await steps.where('domainId').equals(domain.id).toArray()
  const result = regenerateChecklist(existing, stepsFor(domain.scenario, profile), {
    projectId: domain.projectId,
    domainId: domain.id,
    now: context.now,
    newId: context.newId
  })
  const rows = [...result.changed, ...result.created, ...result.retired, ...result.restored]
  if (rows.length > 0) await steps.bulkPut(rows)
  return result.created.length + result.retired.length + result.restored.length === 0
    ? null
    : result
}

/**
 * Brings a domain's stored checklist in line with its scenario and profile. Must run inside a
 * transaction that includes steps and events. Steps that no longer apply are retired, never deleted.
 */
export async function regenerateDomainSteps(
  db: TrackerDb,
  domain: Domain,
  profile: DomainProfile,
  context: WriteContext
): Promise<void> {
  const result = await writeRegeneratedSteps(db.steps, domain, profile, context)
  if (result === null) return
  await appendDomainEvent(db, context, domain, {
    action: 'checklist-regenerated',
    summary: checklistSummary(domain.name, result),
    after: {
      added: result.created.map((step) => step.stepId),
      retired: result.retired.map((step) => step.stepId),
      restored: result.restored.map((step) => step.stepId)
    }
  })
}

function checklistSummary(
  name: string,
  result: { created: unknown[]; retired: unknown[]; restored: unknown[] }
): string {
  const parts: string[] = []
  if (result.created.length > 0) parts.push(`${result.created.length} added`)
  if (result.restored.length > 0) parts.push(`${result.restored.length} restored`)
  if (result.retired.length > 0) parts.push(`${result.retired.length} retired`)
  return `Checklist of ${name} regenerated: ${parts.join(', ')}`
}
