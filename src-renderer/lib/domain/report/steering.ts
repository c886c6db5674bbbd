/**
 * The report's steering part, on its first page: the status of the scope and of each domain by the
 * stated rule (with the lead's overrides), the lead's commentary, the milestones (target dates),
 * and what changed since the last exported report of the same scope. Kept apart from the rest of
 * the model so later parts (inventory, route evidence) can be added the same way.
 */
import {
  PROJECT_SCOPE,
  type ReportFacts,
  type ReportNotes,
  type StepFact,
  type StoredReport
} from './notes'
import { STATUS_RULE, statusVerdict, type StatusVerdict } from './status'
import type { Report } from './types'

export type DomainStatus = { domainId: string; name: string; verdict: StatusVerdict }

export type ReportChanges = {
  /** When the previous report of this scope was exported, and by whom. */
  since: string
  sinceActor: string
  stepsDone: StepFact[]
  newBlockers: StepFact[]
  /** Mailboxes finished since (negative when some went back). */
  mailboxesMoved: number
}

export type ReportSteering = {
  rule: string
  /** The status of the report's scope (the project, or its one domain). */
  status: StatusVerdict
  /** Each domain's status in project scope; [] in domain scope. */
  domains: DomainStatus[]
  commentary: string
  milestones: { label: string; targetDate: string }[]
  /** null when no report of this scope was exported before. */
  changes: ReportChanges | null
}

type SteeringInput = Omit<Report, 'steering'>

/** The facts an export stores, for the next report's "changes since". */
export function reportFacts(report: SteeringInput): ReportFacts {
  return {
    steps: report.domains.flatMap((domain) =>
      domain.steps.map((step) => ({
        id: step.id,
        title: step.title,
        domainName: domain.name,
        status: step.status
      }))
    ),
    mailboxCounts: { ...report.mailboxes.counts },
    mailboxesDone: report.mailboxes.done
  }
}

/** Steps done and blockers new since `previous`, and mailboxes finished since. */
export function changesSince(previous: StoredReport, now: ReportFacts): ReportChanges {
  const before = new Map(previous.facts.steps.map((step) => [step.id, step.status]))
  return {
    since: previous.createdAt,
    sinceActor: previous.actor,
    stepsDone: now.steps.filter((step) => step.status === 'done' && before.get(step.id) !== 'done'),
    newBlockers: now.steps.filter(
      (step) => step.status === 'blocked' && before.get(step.id) !== 'blocked'
    ),
    mailboxesMoved: now.mailboxesDone - previous.facts.mailboxesDone
  }
}

function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b
  return a > b ? a : b
}

/** The steering part of a report built without it. */
export function reportSteering(
  report: SteeringInput,
  notes: readonly ReportNotes[],
  previous: StoredReport | null
): ReportSteering {
  const noteOf = (scope: string): ReportNotes | undefined =>
    notes.find((note) => note.projectId === report.projectId && note.scope === scope)
  const scopeKey = report.scope.kind === 'project' ? PROJECT_SCOPE : report.scope.domainId
  const own = noteOf(scopeKey)
  const connectorErrors =
    report.connectors.connectors.reduce(
      (sum, connector) =>
        sum + connector.warnings.filter((warning) => warning.severity === 'error').length,
      0
    ) + report.connectors.missing.filter((warning) => warning.severity === 'error').length
  const { forecast } = report
  const forecastDate = later(forecast.mailboxes.date, forecast.steps.date)
  const workLeft = forecast.mailboxes.remaining > 0 || forecast.steps.remaining > 0
  const scopeStatus = statusVerdict(
    {
      steps: report.domains.flatMap((domain) => domain.steps),
      dns: report.domains.flatMap((domain) => domain.dns),
      connectorErrors: report.scope.kind === 'project' ? connectorErrors : 0,
      forecastDate,
      workLeft,
      targetDate: own?.targetDate ?? '',
      today: report.today
    },
    own?.override ?? null
  )
  const domains =
    report.scope.kind === 'project'
      ? report.domains.map((domain) => {
          const note = noteOf(domain.id)
          return {
            domainId: domain.id,
            name: domain.name,
            verdict: statusVerdict(
              {
                steps: domain.steps,
                dns: domain.dns,
                connectorErrors: 0,
                // No forecast per domain: its target is checked against its open required steps.
                forecastDate: null,
                workLeft: domain.requiredDone < domain.requiredTotal,
                targetDate: note?.targetDate ?? '',
                today: report.today
              },
              note?.override ?? null
            )
          }
        })
      : []
  const milestones = [
    {
      label: report.scope.kind === 'project' ? 'Project' : report.scopeLabel,
      targetDate: own?.targetDate ?? ''
    },
    ...domains.map((domain) => ({ label: domain.name, targetDate: domain.verdict.targetDate }))
  ].filter((milestone) => milestone.targetDate !== '')
  return {
    rule: STATUS_RULE,
    status: scopeStatus,
    domains,
    commentary: own?.commentary ?? '',
    milestones,
    changes: previous === null ? null : changesSince(previous, reportFacts(report))
  }
}
