/**
 * The report's status (red, amber, green) per domain and for the project, by one rule the report
 * states, and the lead's override with its reason shown beside it.
 */
import { dayNumber } from '../days'
import { RAG_LABELS, type RagStatus, type StatusOverride } from './notes'
import type { ReportDnsRecord, ReportStep } from './types'

/** Days a required step may be overdue before the status turns red. */
export const OVERDUE_RED_DAYS = 7
/** A forecast this close to the target date (or closer) makes the status amber. */
export const TARGET_MARGIN_DAYS = 7

/** The rule, as the report states it. */
export const STATUS_RULE =
  `Red when a required step is blocked or more than ${OVERDUE_RED_DAYS} days overdue, an MX or connector check fails, ` +
  `or the forecast (or, for a domain, its open required steps) falls after the target date; amber when any step is ` +
  `overdue or the forecast is within ${TARGET_MARGIN_DAYS} days of the target date; green otherwise. ` +
  'Connectors are per project, so their checks count for the project. The lead may override a status, with a reason.'

export type StatusInput = {
  /** The active steps in scope. */
  steps: readonly ReportStep[]
  dns: readonly ReportDnsRecord[]
  /** Connector checks that fail (errors), counted for the project only. */
  connectorErrors: number
  /** The forecast finish date, or null when there is none (done, or no pace yet). */
  forecastDate: string | null
  /** Work is left (required steps open or mailboxes to move). */
  workLeft: boolean
  /** ISO date, or '' when no target is set. */
  targetDate: string
  today: string
}

export type StatusVerdict = {
  /** What the rule gives. */
  computed: RagStatus
  /** Why, one short sentence each; empty when green. */
  reasons: string[]
  override: StatusOverride | null
  /** The status shown: the override's when there is one. */
  status: RagStatus
  statusLabel: string
  targetDate: string
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The status of one scope by STATUS_RULE, with the override applied. */
export function statusVerdict(input: StatusInput, override: StatusOverride | null): StatusVerdict {
  const today = dayNumber(input.today) ?? 0
  const required = input.steps.filter((step) => step.requirement === 'required')
  const red: string[] = []
  const amber: string[] = []

  const blocked = required.filter((step) => step.status === 'blocked').length
  if (blocked > 0) red.push(`${plural(blocked, 'required step is', 'required steps are')} blocked.`)
  const daysLate = (step: ReportStep): number => today - (dayNumber(step.dueDate) ?? today)
  const longOverdue = required.filter(
    (step) => step.overdue && daysLate(step) > OVERDUE_RED_DAYS
  ).length
  if (longOverdue > 0)
    red.push(
      `${plural(longOverdue, 'required step is', 'required steps are')} more than ${OVERDUE_RED_DAYS} days overdue.`
    )
  const mxFailures = input.dns.filter((record) => record.kind === 'mx' && record.status === 'error')
  if (mxFailures.length > 0) red.push('The MX check fails.')
  if (input.connectorErrors > 0)
    red.push(`${plural(input.connectorErrors, 'connector check fails', 'connector checks fail')}.`)

  const target = dayNumber(input.targetDate)
  const forecast = input.forecastDate === null ? null : dayNumber(input.forecastDate)
  if (target !== null && input.workLeft) {
    if (forecast !== null && forecast > target)
      red.push(
        `The forecast (${input.forecastDate}) is after the target date (${input.targetDate}).`
      )
    else if (forecast === null && today > target)
      red.push(`The target date (${input.targetDate}) has passed with work left.`)
    else if (forecast !== null && target - forecast <= TARGET_MARGIN_DAYS)
      amber.push(
        `The forecast (${input.forecastDate}) is within ${TARGET_MARGIN_DAYS} days of the target date (${input.targetDate}).`
      )
  }
  const overdue = input.steps.filter((step) => step.overdue).length
  if (overdue > 0) amber.push(`${plural(overdue, 'step is', 'steps are')} overdue.`)

  const computed: RagStatus = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green'
  const status = override?.status ?? computed
  return {
    computed,
    reasons: computed === 'red' ? red : amber,
    override,
    status,
    statusLabel: RAG_LABELS[status],
    targetDate: input.targetDate
  }
}
