/**
 * Where a platform change meets a project: the domains whose checklists hold a step it touches,
 * and which event of its timeline is the current one on a given day.
 */
import type { Domain, Step, StepId } from '../types'
import type { ChangeEvent, PlatformChange } from './changes'

export type ChangeReach = { domain: Domain; stepIds: StepId[] }

/** The project's domains with an active step the change touches (in a scenario it concerns). */
export function changeReach(
  change: PlatformChange,
  domains: readonly Domain[],
  steps: readonly Step[]
): ChangeReach[] {
  return domains.flatMap((domain) => {
    if (!change.scenarios.includes(domain.scenario)) return []
    const stepIds = change.stepIds.filter((stepId) =>
      steps.some((s) => s.domainId === domain.id && s.stepId === stepId && !s.retired)
    )
    return stepIds.length > 0 ? [{ domain, stepIds }] : []
  })
}

/**
 * The event a note leads with on `today` (YYYY-MM-DD): the latest dated event on or before it,
 * or the first dated event when all lie ahead; null when no date is confirmed.
 */
export function currentEvent(change: PlatformChange, today: string): ChangeEvent | null {
  const dated = change.timeline.filter((event) => event.when !== 'unconfirmed')
  const past = dated.filter((event) => event.when.slice(0, today.length) <= today)
  return past.at(-1) ?? dated[0] ?? null
}
