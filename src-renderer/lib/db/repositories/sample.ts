import { addDays, SAMPLE_DOMAINS, SAMPLE_PROJECT } from '../../domain/sample'
import type { Project } from '../../domain/types'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'
import { addDomain } from './domains'
import { createProject } from './projects'
import { updateStep } from './steps'
import { snapshotTables } from './snapshots'

/** Creates the Contoso sample project in one transaction: all of it, or nothing. */
export async function createSampleProject(db: TrackerDb, context: WriteContext): Promise<Project> {
  const today = context.now.slice(0, 10)
  return db.transaction('rw', [db.domains, db.events, ...snapshotTables(db)], async () => {
    const project = await createProject(db, SAMPLE_PROJECT, context)
    for (const sample of SAMPLE_DOMAINS) {
      const domain = await addDomain(db, project.id, sample, context)
      const steps = await db.steps.where('domainId').equals(domain.id).toArray()
      for (const state of sample.steps) {
        const step = steps.find((candidate) => candidate.stepId === state.stepId)
        if (!step)
          throw new Error(`Sample step ${state.stepId} is not in the checklist of ${domain.name}.`)
        await updateStep(
          db,
          step.id,
          {
            status: state.status,
            statusReason: state.statusReason ?? '',
            owner: state.owner ?? '',
            dueDate: state.dueInDays === undefined ? '' : addDays(today, state.dueInDays),
            notes: state.notes ?? '',
            evidence: state.evidence ?? ''
          },
          context
        )
      }
    }
    return project
  })
}
