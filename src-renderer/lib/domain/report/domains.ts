/**
 * The per-domain part of a report: progress from progress.ts, the steps that are blocked or
 * overdue, and the DNS records the domain needs with the verdict of their last check.
 */
import { stepCategory, stepTitle } from '../catalog'
import { percentOf } from '../dashboard'
import { currentDnsRecords } from '../dns/current'
import { expectedRecords } from '../dns/expected'
import type { DnsRecordEntry } from '../dns/records'
import { enteredFromRecords } from '../dns/stored'
import type { DomainProgress } from '../progress'
import type { Domain, Project, Step } from '../types'
import {
  CATEGORY_LABELS,
  DNS_STATUS_LABELS,
  dnsRecordTitle,
  REQUIREMENT_LABELS,
  scenarioLabel,
  scenarioTitle,
  STEP_STATUS_LABELS
} from '../labels'
import type { ReportDnsRecord, ReportDomain, ReportStep } from './types'

/** What the report says of a record no check has answered. */
export const NOT_CHECKED_MESSAGE = 'Never checked.'

function reportStep(step: Step, domain: Domain, overdue: ReadonlySet<string>): ReportStep {
  const category = stepCategory(step.stepId)
  return {
    id: step.id,
    stepId: step.stepId,
    domainId: domain.id,
    domainName: domain.name,
    scenarioLabel: scenarioLabel(domain.scenario),
    title: stepTitle(step.stepId),
    category,
    categoryLabel: CATEGORY_LABELS[category],
    requirement: step.requirement,
    requirementLabel: REQUIREMENT_LABELS[step.requirement],
    status: step.status,
    statusLabel: STEP_STATUS_LABELS[step.status],
    statusReason: step.statusReason,
    owner: step.owner,
    dueDate: step.dueDate,
    completedAt: step.completedAt,
    overdue: overdue.has(step.id)
  }
}

/**
 * The records `domain` needs (expectedRecords, from the values entered on its DNS tab), each with
 * the verdict of the stored observation of the same kind and name judged against the domain as it
 * is now (currentDnsRecords); records never checked say so.
 */
export function reportDnsRecords(
  project: Project,
  domain: Domain,
  stored: readonly DnsRecordEntry[]
): ReportDnsRecord[] {
  const own = currentDnsRecords(
    project,
    domain,
    stored.filter((record) => record.domainId === domain.id)
  )
  const expected = expectedRecords(project, domain, enteredFromRecords(own, domain.name))
  return expected.map((record) => {
    const entry = own.find((row) => row.kind === record.kind && row.name === record.name)
    const verdict = entry?.verdict ?? null
    const status = verdict?.status ?? 'not-checked'
    return {
      domainId: domain.id,
      domainName: domain.name,
      kind: record.kind,
      title: dnsRecordTitle(record.kind, record.name),
      name: record.name,
      status,
      statusLabel: DNS_STATUS_LABELS[status],
      // A record that needs a value only the user can give (the MX host Microsoft assigns) asks for it.
      message:
        verdict?.summary ??
        (record.kind === 'mx' && record.missing !== null
          ? `${NOT_CHECKED_MESSAGE} ${record.missing}`
          : NOT_CHECKED_MESSAGE),
      checkedOn: verdict === null ? null : (entry?.checkedAt?.slice(0, 10) ?? null)
    }
  })
}

/** One domain's section: progress as domainProgress counts it, its steps, its DNS records. */
export function reportDomain(
  project: Project,
  domain: Domain,
  steps: readonly Step[],
  progress: DomainProgress,
  dnsRecords: readonly DnsRecordEntry[]
): ReportDomain {
  const overdueIds = new Set(progress.overdue.map((step) => step.id))
  const toReport = (step: Step): ReportStep => reportStep(step, domain, overdueIds)
  return {
    id: domain.id,
    name: domain.name,
    scenario: domain.scenario,
    scenarioLabel: scenarioLabel(domain.scenario),
    scenarioTitle: scenarioTitle(domain.scenario),
    requiredDone: progress.requiredDone,
    requiredTotal: progress.requiredTotal,
    requiredNotApplicable: progress.requiredNotApplicable,
    percent: percentOf(progress.requiredDone, progress.requiredTotal),
    steps: steps
      .filter((step) => !step.retired)
      .sort((a, b) => a.order - b.order)
      .map(toReport),
    blocked: progress.blocked.map(toReport),
    overdue: progress.overdue.map(toReport),
    dns: reportDnsRecords(project, domain, dnsRecords),
    verifiedFromConfiguration: verifiedFromConfiguration(steps)
  }
}

const FROM_CONFIGURATION = /Verified from configuration on (\d{4}-\d{2}-\d{2})/g

/**
 * Done steps whose evidence holds an accepted inventory proposal (evidenceLine's "Verified from
 * configuration on <date>"), with the latest such date, in checklist order.
 */
export function verifiedFromConfiguration(
  steps: readonly Step[]
): { title: string; date: string }[] {
  return steps
    .filter((step) => !step.retired && step.status === 'done')
    .sort((a, b) => a.order - b.order)
    .flatMap((step) => {
      const dates = [...step.evidence.matchAll(FROM_CONFIGURATION)].map((match) => match[1] ?? '')
      const date = dates.sort().at(-1)
      return date === undefined ? [] : [{ title: stepTitle(step.stepId), date }]
    })
}
