/**
 * Report inputs for the report tests: Contoso with contoso.com (scenario 1) and fabrikam.com
 * (scenario 3) on 29 November 2026, with a blocked step, two overdue ones, a retired step, DNS
 * verdicts, two connectors, 50 mailboxes of which 3 failed, and one batch.
 */
import type { Mailbox } from '../../../src-renderer/lib/domain/mailboxes/model'
import {
  buildReport,
  FAILED_MAILBOX_CAP,
  type Report,
  type ReportInputs,
  type ReportMailboxRow
} from '../../../src-renderer/lib/domain/report'
import type { Step, StepId } from '../../../src-renderer/lib/domain/types'
import { connector, outbound } from '../../support/connector-fixtures'
import { domain, project } from '../dns/fixtures'
import { makeStep } from '../../support/steps'

export const TODAY = '2026-11-29'
export const GENERATED_AT = '2026-11-29T09:30:00.000Z'

export const HOSTILE_HTML = '<img src=x onerror=alert(1)>'
export const HOSTILE_FORMULA = '=HYPERLINK("http://evil","x")'
export const HOSTILE_PIPE = '"quoted" | pipe'
export const HOSTILE_VALUES = [HOSTILE_HTML, HOSTILE_FORMULA, HOSTILE_PIPE] as const

export const CONTOSO = domain('contoso.com', 1)
export const FABRIKAM = domain('fabrikam.com', 3)

let order = 0

/** A stored step; its order follows the calls, so a domain's steps keep the order given. */
export function step(domainId: string, stepId: StepId, fields: Partial<Step> = {}): Step {
  order += 1
  return makeStep({
    id: `${domainId}/${stepId}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    projectId: 'p1',
    domainId,
    stepId,
    order,
    ...fields
  })
}

export function failedRow(index: number, fields: Partial<Mailbox> = {}): ReportMailboxRow {
  return {
    id: `m${index}`,
    address: `user${index}@contoso.com`,
    displayName: `User ${index}`,
    domainId: CONTOSO.id,
    batchId: 'b1',
    rawStatus: 'Failed',
    statusDetail: 'FailedBadItemLimit',
    owner: 'Migration team',
    ...fields
  }
}

export function steps(): Step[] {
  const c = CONTOSO.id
  const f = FABRIKAM.id
  return [
    step(c, 'add-domain', { status: 'done', completedAt: '2026-11-02T10:00:00.000Z' }),
    step(c, 'verify-domain', { status: 'done', completedAt: '2026-11-03T10:00:00.000Z' }),
    step(c, 'move-mailboxes', { status: 'in-progress', dueDate: '2026-11-20', owner: 'Ana' }),
    step(c, 'dns-spf', {
      status: 'blocked',
      statusReason: 'Waiting for the DNS provider',
      owner: 'Ben'
    }),
    step(c, 'dns-mx-eop', { dueDate: '2026-12-15' }),
    step(c, 'connector-onprem-to-cloud', { status: 'not-applicable', statusReason: 'No relay' }),
    step(c, 'connector-cloud-to-onprem', { requirement: 'recommended', dueDate: '2026-11-01' }),
    step(c, 'partner-connectors', {
      requirement: 'optional',
      status: 'blocked',
      statusReason: 'Old',
      retired: true
    }),
    step(f, 'add-domain', { status: 'done', completedAt: '2026-11-04T10:00:00.000Z' }),
    step(f, 'verify-domain')
  ]
}

/** The whole project's inputs; `overrides` replace parts. */
export function reportInputs(overrides: Partial<ReportInputs> = {}): ReportInputs {
  return {
    scope: { kind: 'project' },
    project: project(),
    domains: [FABRIKAM, CONTOSO],
    steps: steps(),
    dnsRecords: [
      {
        id: 'r1',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
        rev: 2,
        projectId: 'p1',
        domainId: CONTOSO.id,
        kind: 'mx',
        name: 'contoso.com',
        expected: 'contoso-com.mail.protection.outlook.com',
        observed: ['0 contoso-com.mail.protection.outlook.com'],
        verdict: {
          status: 'ok',
          summary: 'MX points to Exchange Online Protection.',
          details: [],
          stepId: 'dns-mx-eop'
        },
        checkedAt: '2026-11-20T10:00:00.000Z',
        source: 'live',
        notes: ''
      },
      {
        id: 'r2',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-21T10:00:00.000Z',
        rev: 2,
        projectId: 'p1',
        domainId: CONTOSO.id,
        kind: 'spf',
        name: 'contoso.com',
        expected: '',
        observed: ['v=spf1 -all'],
        verdict: {
          status: 'error',
          summary: 'SPF lists no Microsoft 365.',
          details: [],
          stepId: 'dns-spf'
        },
        checkedAt: '2026-11-21T10:00:00.000Z',
        source: 'live',
        notes: ''
      }
    ],
    connectors: [connector(), outbound()],
    mailboxCounts: {
      'not-started': 0,
      queued: 0,
      syncing: 5,
      synced: 0,
      completing: 0,
      completed: 40,
      'completed-with-warnings': 2,
      failed: 3,
      stopped: 0
    },
    mailboxHistory: { deltas: [], levels: [], current: { done: 42, total: 50 } },
    stepHistory: { deltas: [], levels: [], current: { done: 4, total: 8 } },
    batches: [{ id: 'b1', name: 'Wave 1', plannedCompletion: '2026-11-20', total: 30, done: 25 }],
    batchForecasts: [
      {
        id: 'b1',
        name: 'Wave 1',
        plannedCompletion: '2026-11-20',
        total: 30,
        remaining: 5,
        completions: [],
        historyStart: '2026-11-25'
      }
    ],
    failedMailboxes: { rows: [failedRow(2), failedRow(1)], total: 3, cap: 2 },
    ...overrides
  }
}

/**
 * Inputs whose project, domain, step owner and reason, mailbox display name, batch name and
 * connector name are all `value`.
 */
export function hostileInputs(value: string): ReportInputs {
  const bad = domain('contoso.com', 1, { name: value })
  return reportInputs({
    project: project({ name: value, tenantName: value }),
    domains: [bad],
    steps: [
      step(bad.id, 'dns-spf', { status: 'blocked', statusReason: value, owner: value }),
      step(bad.id, 'move-mailboxes', { dueDate: '2026-11-01', owner: value })
    ],
    connectors: [connector({ name: value })],
    batches: [{ id: 'b1', name: value, plannedCompletion: '', total: 1, done: 0 }],
    batchForecasts: [],
    failedMailboxes: {
      rows: [failedRow(1, { displayName: value, domainId: bad.id, owner: value })],
      total: 1,
      cap: 200
    }
  })
}

/** The report of `inputs` as of TODAY, generated at GENERATED_AT. */
export function build(inputs: ReportInputs = reportInputs(), workingDaysOnly = false): Report {
  return buildReport(inputs, { today: TODAY, generatedAt: GENERATED_AT, workingDaysOnly })
}

/** The inputs of contoso.com and nothing else yet: no steps, connectors, mailboxes or batches. */
export function emptyInputs(overrides: Partial<ReportInputs> = {}): ReportInputs {
  return reportInputs({
    domains: [CONTOSO],
    steps: [],
    connectors: [],
    mailboxCounts: {},
    mailboxHistory: { deltas: [], levels: [], current: { done: 0, total: 0 } },
    batches: [],
    batchForecasts: [],
    failedMailboxes: { rows: [], total: 0, cap: FAILED_MAILBOX_CAP },
    ...overrides
  })
}
