/**
 * Transition plans: the target scenario a lead is preparing for a domain and the runbook actions
 * already ticked, kept so a plan in progress survives restarts; and applying a transition.
 * One row per domain (the plans table's unique domainId index).
 */
import { planTransition, type TransitionContext } from '../../domain/advisor'
import { isScenario } from '../../domain/scenarios'
import { isStringArray } from '../../domain/json'
import type { Domain, Scenario } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import type { Connector } from '../../domain/connectors/model'
import type { DnsRecordEntry } from '../../domain/dns/records'
import type { PlanRow, TrackerDb } from '../schema'
import { readConnectors } from './connectors'
import { readDnsRecords } from './dns-records'
import { ConflictError, type WriteContext } from '../write-context'
import { domainOrThrow, updateDomain } from './domains'
import { appendDomainEvent } from './events'
import { snapshotTables } from './snapshots'

export type PlanStatus = 'in-progress' | 'applied'

export type ScenarioKey = '1' | '2' | '3' | '4'

/** A plans-table row as this feature writes it. */
export type StoredPlan = {
  id: string
  projectId: string
  domainId: string
  createdAt: string
  updatedAt: string
  rev: number
  /** The domain's scenario when the plan started; a plan for another scenario is stale. */
  from: Scenario
  /** The scenario being prepared, or null before one is chosen. */
  target: Scenario | null
  /** Ticked runbook action ids per target scenario, so switching targets loses nothing. */
  ticked: Partial<Record<ScenarioKey, string[]>>
  status: PlanStatus
  appliedAt: string | null
  appliedTo: Scenario | null
}

/** Reads a stored row, or null when it is missing or not a plan this version understands. */
export function readPlan(row: PlanRow | undefined): StoredPlan | null {
  if (!row) return null
  const { from, target, ticked, status, appliedAt, appliedTo, createdAt, updatedAt, rev } = row
  if (
    !isScenario(from) ||
    !(target === null || isScenario(target)) ||
    (status !== 'in-progress' && status !== 'applied') ||
    typeof createdAt !== 'string' ||
    typeof updatedAt !== 'string' ||
    typeof rev !== 'number' ||
    ticked === null ||
    typeof ticked !== 'object'
  )
    return null
  const lists: Partial<Record<ScenarioKey, string[]>> = {}
  for (const key of ['1', '2', '3', '4'] as const) {
    const list = (ticked as Record<string, unknown>)[key]
    if (isStringArray(list)) lists[key] = [...list]
  }
  return {
    id: row.id,
    projectId: row.projectId,
    domainId: row.domainId,
    createdAt,
    updatedAt,
    rev,
    from,
    target,
    ticked: lists,
    status,
    appliedAt: typeof appliedAt === 'string' ? appliedAt : null,
    appliedTo: isScenario(appliedTo) ? appliedTo : null
  }
}

/** The plan in progress for a domain in `scenario`, or null when there is none or it is stale. */
export function activePlan(plan: StoredPlan | null, scenario: Scenario): StoredPlan | null {
  return plan !== null && plan.status === 'in-progress' && plan.from === scenario ? plan : null
}

/** The ticked action ids of a plan for one target scenario. */
export function tickedFor(plan: StoredPlan | null, target: Scenario): string[] {
  return plan?.ticked[String(target) as ScenarioKey] ?? []
}

/** What the transition tab reads: the domain's plan, the project's connectors, its DNS records. */
export type AdvisorInputs = {
  plan: StoredPlan | null
  connectors: Connector[]
  dnsRecords: DnsRecordEntry[]
  /** Every domain of the project: tenant-wide changes must account for each. */
  domains: Domain[]
}

/** Reads the transition tab's inputs (for a live query). */
export async function readAdvisorInputs(
  db: TrackerDb,
  projectId: string,
  domainId: string
): Promise<AdvisorInputs> {
  const [plan, connectors, dnsRecords, domains] = await Promise.all([
    storedPlan(db, domainId),
    readConnectors(db, projectId),
    readDnsRecords(db, domainId),
    db.domains.where('projectId').equals(projectId).toArray()
  ])
  return { plan, connectors, dnsRecords, domains }
}

/** The part of a domain that decides which actions its runbook holds. */
function scenario2Of(domain: Domain): TransitionContext {
  return domain.scenario2Outbound === undefined
    ? {}
    : { scenario2Outbound: domain.scenario2Outbound }
}

async function storedPlan(db: TrackerDb, domainId: string): Promise<StoredPlan | null> {
  return readPlan(await db.plans.where('domainId').equals(domainId).first())
}

function checkTarget(domain: Domain, target: unknown): Scenario {
  if (!isScenario(target))
    throw new ValidationError({ target: 'Choose one of the four scenarios.' })
  if (target === domain.scenario)
    throw new ValidationError({
      target: `${domain.name} is already in scenario ${target}: choose another scenario.`
    })
  return target
}

/** The plan to change: the active one, or a fresh one (reusing the row, one per domain). */
async function planToChange(
  db: TrackerDb,
  domain: Domain,
  context: WriteContext
): Promise<StoredPlan> {
  const stored = await storedPlan(db, domain.id)
  const active = activePlan(stored, domain.scenario)
  if (active) return active
  const existingId = (await db.plans.where('domainId').equals(domain.id).first())?.id
  return {
    id: existingId ?? context.newId(),
    projectId: domain.projectId,
    domainId: domain.id,
    createdAt: context.now,
    updatedAt: context.now,
    rev: 0,
    from: domain.scenario,
    target: null,
    ticked: {},
    status: 'in-progress',
    appliedAt: null,
    appliedTo: null
  }
}

async function save(db: TrackerDb, plan: StoredPlan, context: WriteContext): Promise<StoredPlan> {
  const saved: StoredPlan = { ...plan, updatedAt: context.now, rev: plan.rev + 1 }
  await db.plans.put(saved)
  return saved
}

/**
 * A change to a domain's plan towards `target`: one transaction over the domain, its plan and the
 * activity log; `write` gets the domain and the target once checked (ValidationError otherwise).
 */
function changePlan(
  db: TrackerDb,
  domainId: string,
  target: Scenario,
  write: (domain: Domain, checked: Scenario) => Promise<StoredPlan>
): Promise<StoredPlan> {
  return db.transaction('rw', [db.domains, db.plans, db.events], async () => {
    const domain = await domainOrThrow(db, domainId)
    return write(domain, checkTarget(domain, target))
  })
}

/** Chooses the scenario a domain's plan prepares; ticks made for other targets are kept. */
export async function choosePlanTarget(
  db: TrackerDb,
  domainId: string,
  target: Scenario,
  context: WriteContext
): Promise<StoredPlan> {
  return changePlan(db, domainId, target, async (domain, checked) => {
    const plan = await planToChange(db, domain, context)
    if (plan.target === checked) return plan
    const saved = await save(db, { ...plan, target: checked }, context)
    await appendDomainEvent(db, context, domain, {
      action: 'plan-target-chosen',
      summary: `Planning to move ${domain.name} from scenario ${domain.scenario} to scenario ${checked}`,
      before: { target: plan.target },
      after: { target: checked }
    })
    return saved
  })
}

/** Ticks or unticks one runbook action of the plan from the domain's scenario to `target`. */
export async function setPlanActionDone(
  db: TrackerDb,
  domainId: string,
  target: Scenario,
  actionId: string,
  done: boolean,
  context: WriteContext
): Promise<StoredPlan> {
  return changePlan(db, domainId, target, async (domain, checked) => {
    // The recorded scenario 2 path decides which send connector actions the runbook holds.
    const runbook = planTransition(domain.scenario, checked, scenario2Of(domain))
    const action = runbook.actions.find((candidate) => candidate.id === actionId)
    if (!action)
      throw new ValidationError({
        action: `The runbook from scenario ${domain.scenario} to ${checked} has no action “${actionId}”.`
      })
    const plan = await planToChange(db, domain, context)
    const key = String(checked) as ScenarioKey
    const current = plan.ticked[key] ?? []
    if (current.includes(actionId) === done && plan.target === checked) return plan
    const order = runbook.actions.map((candidate) => candidate.id as string)
    const next = done
      ? order.filter((id) => id === actionId || current.includes(id))
      : current.filter((id) => id !== actionId)
    const saved = await save(
      db,
      { ...plan, target: checked, ticked: { ...plan.ticked, [key]: next } },
      context
    )
    await appendDomainEvent(db, context, domain, {
      action: done ? 'plan-action-done' : 'plan-action-undone',
      summary: `Transition of ${domain.name} to scenario ${checked}: “${action.title}” ${done ? 'done' : 'not done'}`,
      before: { done: current.includes(actionId) },
      after: { done }
    })
    return saved
  })
}

/**
 * Moves a domain to scenario `to` as its transition plan prepared: the scenario changes through
 * updateDomain (checklist regenerated, every step keeping its history, 'scenario-changed'
 * recorded), a 'transition-applied' event is recorded and the plan is marked applied, all in one
 * transaction: a failure anywhere leaves the domain, its steps and its plan as they were.
 *
 * @param expectedFrom the scenario the plan was made from; another one means the domain changed
 *   elsewhere in the meantime (ConflictError).
 */
export async function applyTransition(
  db: TrackerDb,
  domainId: string,
  to: Scenario,
  context: WriteContext,
  expectedFrom?: Scenario
): Promise<Domain> {
  return db.transaction(
    'rw',
    [db.domains, db.events, db.plans, ...snapshotTables(db)],
    async () => {
      const domain = await domainOrThrow(db, domainId)
      if (expectedFrom !== undefined && domain.scenario !== expectedFrom)
        throw new ConflictError(`Domain ${domain.name}`)
      const target = checkTarget(domain, to)
      const from = domain.scenario
      const plan = await planToChange(db, domain, context)
      // Nested in this transaction: updateDomain's own transaction joins it (same tables).
      const updated = await updateDomain(
        db,
        domainId,
        {
          name: domain.name,
          scenario: target,
          conditions: domain.conditions,
          // Scenario 2's outbound path, where the domain records one, stays as recorded.
          ...(domain.scenario2Outbound === undefined
            ? {}
            : { scenario2Outbound: domain.scenario2Outbound })
        },
        context
      )
      const total = planTransition(from, target, scenario2Of(domain)).actions.length
      const done = tickedFor(plan, target).length
      await appendDomainEvent(db, context, domain, {
        action: 'transition-applied',
        summary: `Applied the transition of ${domain.name} from scenario ${from} to scenario ${target} (${done} of ${total} runbook actions ticked)`,
        before: { scenario: from },
        after: { scenario: target }
      })
      await save(
        db,
        {
          ...plan,
          target,
          status: 'applied',
          appliedAt: context.now,
          appliedTo: target
        },
        context
      )
      return updated
    }
  )
}
