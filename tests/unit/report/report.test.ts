import { describe, expect, it } from 'vitest'
import { requiredStepsByDomain } from '../../../src-renderer/lib/domain/dashboard'
import { dayNumber, dayString } from '../../../src-renderer/lib/domain/days'
import {
  reportFileName,
  STEP_STATUS_LABELS,
  type ReportInputs
} from '../../../src-renderer/lib/domain/report'
import {
  build,
  CONTOSO,
  emptyInputs,
  FABRIKAM,
  GENERATED_AT,
  HOSTILE_HTML,
  reportInputs,
  step,
  steps,
  TODAY
} from './fixtures'

function titles(list: readonly { title: string }[]): string[] {
  return list.map((item) => item.title)
}

/** Two completed mailboxes a day over the last 14 days (the first is the baseline). */
function steadyHistory(): ReportInputs['mailboxHistory'] {
  const today = dayNumber(TODAY) ?? 0
  const deltas = Array.from({ length: 14 }, (_, index) => ({
    day: dayString(today - index),
    count: 2
  }))
  return { deltas, levels: [], current: { done: 42, total: 50 } }
}

describe('buildReport: the project', () => {
  const report = build()

  it('heads the report with the project, tenant, scope and dates', () => {
    expect({
      title: report.title,
      projectName: report.projectName,
      tenantName: report.tenantName,
      scope: report.scope,
      scopeLabel: report.scopeLabel,
      today: report.today,
      generatedAt: report.generatedAt
    }).toEqual({
      title: 'Status report: Contoso',
      projectName: 'Contoso',
      tenantName: 'contoso.onmicrosoft.com',
      scope: { kind: 'project' },
      scopeLabel: 'Whole project',
      today: TODAY,
      generatedAt: GENERATED_AT
    })
  })

  it('sums required steps, mailboxes, blocked and overdue steps as the dashboard does', () => {
    expect(report.summary).toEqual({
      domainCount: 2,
      // contoso.com: 2 done + 1 not applicable of 6 required; fabrikam.com: 1 of 2.
      requiredDone: 4,
      requiredTotal: 8,
      requiredPercent: 50,
      mailboxesDone: 42,
      mailboxesTotal: 50,
      mailboxesPercent: 84,
      blockedCount: 1,
      overdueCount: 2,
      forecastSentence:
        'Too little history to say when the remaining 8 mailboxes finish: a forecast needs 7 days of records, and there are 0. ' +
        'Too little history to say when the 4 remaining required steps will be done. The latest due date among them is 15 December.'
    })
  })

  it('lists domains by name with scenario, progress, blocked and overdue steps', () => {
    const [contoso, fabrikam] = report.domains
    expect(report.domains.map((d) => [d.name, d.scenarioLabel, d.scenarioTitle])).toEqual([
      ['contoso.com', 'Scenario 1', 'MX to Microsoft 365, Microsoft 365 filters'],
      ['fabrikam.com', 'Scenario 3', 'MX to on-premises, on-premises sends directly']
    ])
    expect(contoso).toMatchObject({
      requiredDone: 3,
      requiredTotal: 6,
      requiredNotApplicable: 1,
      percent: 50
    })
    expect(contoso?.blocked.map((s) => [s.title, s.statusReason, s.owner])).toEqual([
      ['Publish the SPF record', 'Waiting for the DNS provider', 'Ben']
    ])
    // Most overdue first; the recommended step counts as overdue too, as progress.ts has it.
    expect(contoso?.overdue.map((s) => [s.stepId, s.dueDate, s.owner])).toEqual([
      ['connector-cloud-to-onprem', '2026-11-01', ''],
      ['move-mailboxes', '2026-11-20', 'Ana']
    ])
    expect(fabrikam).toMatchObject({ requiredDone: 1, requiredTotal: 2, blocked: [], overdue: [] })
  })

  it('leaves retired steps out and flags overdue steps in the step list', () => {
    const contoso = report.domains[0]
    expect(contoso?.steps.map((s) => s.stepId)).not.toContain('partner-connectors')
    expect(contoso?.steps.filter((s) => s.overdue).map((s) => s.stepId)).toEqual([
      'move-mailboxes',
      'connector-cloud-to-onprem'
    ])
    expect(contoso?.steps[3]).toMatchObject({
      stepId: 'dns-spf',
      statusLabel: 'Blocked',
      categoryLabel: 'DNS',
      requirementLabel: 'Required',
      scenarioLabel: 'Scenario 1',
      domainName: 'contoso.com'
    })
  })

  it('gives each needed DNS record its verdict, or says it was never checked', () => {
    const dns = report.domains[0]?.dns ?? []
    expect(dns.map((r) => [r.title, r.name, r.status, r.checkedOn])).toEqual([
      ['MX', 'contoso.com', 'ok', '2026-11-20'],
      ['SPF', 'contoso.com', 'error', '2026-11-21'],
      ['Domain verification', 'contoso.com', 'not-checked', null],
      ['Autodiscover', 'autodiscover.contoso.com', 'not-checked', null],
      ['DKIM selector1', 'selector1._domainkey.contoso.com', 'not-checked', null],
      ['DKIM selector2', 'selector2._domainkey.contoso.com', 'not-checked', null],
      ['DMARC', '_dmarc.contoso.com', 'not-checked', null]
    ])
    expect(dns[1]?.message).toBe('SPF lists no Microsoft 365.')
    expect(dns[2]?.message).toBe('Never checked.')
  })

  it('collects the exceptions: failed mailboxes (capped, with the total), blocked, overdue, unverified DNS', () => {
    const { exceptions } = report
    expect(exceptions.failedMailboxes).toEqual([
      {
        address: 'user1@contoso.com',
        displayName: 'User 1',
        domainName: 'contoso.com',
        batchName: 'Wave 1',
        status: 'Failed',
        statusDetail: 'FailedBadItemLimit',
        owner: 'Migration team'
      },
      expect.objectContaining({ address: 'user2@contoso.com' })
    ])
    expect(exceptions.failedTotal).toBe(3)
    expect(titles(exceptions.blocked)).toEqual(['Publish the SPF record'])
    expect(exceptions.overdue.map((s) => s.stepId)).toEqual([
      'connector-cloud-to-onprem',
      'move-mailboxes'
    ])
    // Every record but contoso.com's MX: 6 of contoso.com, all 7 of fabrikam.com.
    expect(exceptions.unverifiedDns).toHaveLength(13)
    expect(
      exceptions.unverifiedDns.some((r) => r.domainName === 'contoso.com' && r.kind === 'mx')
    ).toBe(false)
  })

  it('says the forecasts need more history when it starts today, and forecasts batches', () => {
    expect(report.forecast.mailboxes.status).toBe('insufficient-history')
    expect(report.forecast.steps.status).toBe('insufficient-history')
    expect(report.forecast.batches.map((b) => [b.name, b.forecast.status, b.late])).toEqual([
      ['Wave 1', 'insufficient-history', true]
    ])
    expect(report.forecast.batchesNote).toBeNull()
  })

  it('lists the connectors with their warnings and what the domains lack', () => {
    expect(report.connectors.note).toMatch(/serve every domain of the project/)
    expect(
      report.connectors.connectors.map((c) => [c.name, c.directionLabel, c.statusLabel])
    ).toEqual([
      ['From on-premises', 'On-premises → Microsoft 365', 'Created'],
      ['To on-premises', 'Microsoft 365 → on-premises', 'Created']
    ])
    expect(report.connectors.missing).toEqual([
      expect.objectContaining({
        severity: 'warning',
        severityLabel: 'Warning',
        message: expect.stringContaining('fabrikam.com (scenario 3) needs')
      })
    ])
  })

  it('counts mailboxes by lifecycle and by batch with the dashboard aggregations', () => {
    expect(report.mailboxes.total).toBe(50)
    expect(report.mailboxes.lifecycle.labels).toEqual([
      'Syncing',
      'Completed',
      'Completed with warnings',
      'Failed'
    ])
    expect(report.mailboxes.batches.batches).toEqual([
      expect.objectContaining({ name: 'Wave 1', remaining: 5, pastPlannedDate: true })
    ])
  })

  it('carries each chart with data, its table, alt text and what the chart specs take', () => {
    expect(report.charts.map((c) => c.id)).toEqual([
      'steps-by-domain',
      'mailboxes-by-lifecycle',
      'batches'
    ])
    const stepsChart = report.charts[0]
    const expected = requiredStepsByDomain(
      [CONTOSO, FABRIKAM],
      new Map([
        [CONTOSO.id, steps().filter((s) => s.domainId === CONTOSO.id)],
        [FABRIKAM.id, steps().filter((s) => s.domainId === FABRIKAM.id)]
      ]),
      STEP_STATUS_LABELS
    )
    expect(stepsChart?.id === 'steps-by-domain' && stepsChart.chart).toEqual(expected)
    expect(stepsChart?.table).toEqual(expected.table)
    expect(stepsChart?.alt).toBe(
      'Stacked bar chart of required steps per domain by status. contoso.com: 3 of 6 settled; fabrikam.com: 1 of 2 settled.'
    )
    const lifecycle = report.charts[1]
    expect(lifecycle?.id === 'mailboxes-by-lifecycle' && lifecycle.counts).toEqual(
      reportInputs().mailboxCounts
    )
    expect(lifecycle?.alt).toBe(
      'Doughnut chart of 50 mailboxes by lifecycle: Syncing 5, Completed 40, Completed with warnings 2, Failed 3.'
    )
    const batches = report.charts[2]
    expect(batches?.id === 'batches' && batches.plan).toEqual(report.mailboxes.batches)
  })
})

describe('buildReport: history and options', () => {
  it('draws the burn-up and forecasts a date once there is history', () => {
    const report = build(reportInputs({ mailboxHistory: steadyHistory() }))
    expect(report.charts.map((c) => c.id)).toContain('mailbox-burn-up')
    const burnUp = report.charts.find((c) => c.id === 'mailbox-burn-up')
    expect(burnUp?.id === 'mailbox-burn-up' && burnUp.series.done.at(-1)).toBe(42)
    expect(report.forecast.mailboxes).toMatchObject({ status: 'forecast', date: '2026-12-03' })
    expect(report.summary.forecastSentence).toMatch(/^At 2 a day over the last 13 days/)
  })

  it('forecasts in working days when asked', () => {
    const report = build(reportInputs({ mailboxHistory: steadyHistory() }), true)
    expect(report.workingDaysOnly).toBe(true)
    expect(report.forecast.mailboxes.explanation).toMatch(/working day/)
  })

  it('says so in the model when there is nothing yet', () => {
    const report = build(
      emptyInputs({
        domains: [],
        dnsRecords: [],
        stepHistory: { deltas: [], levels: [], current: { done: 0, total: 0 } }
      })
    )
    expect(report.charts).toEqual([])
    expect(report.summary).toMatchObject({ domainCount: 0, requiredTotal: 0, mailboxesTotal: 0 })
    expect(report.forecast.batchesNote).toBe('No batches yet.')
    expect(report.forecast.mailboxes.explanation).toBe(
      'No mailboxes yet: too little history to say when they finish.'
    )
  })
})

describe('buildReport: one domain', () => {
  const inputs = reportInputs({
    scope: { kind: 'domain', domainId: CONTOSO.id },
    // A step of another domain slipped in: the model keeps to its scope.
    steps: [...steps(), step(FABRIKAM.id, 'dns-spf', { status: 'blocked', statusReason: 'x' })],
    batchForecasts: []
  })
  const report = build(inputs)

  it('covers that domain only', () => {
    expect(report.title).toBe('Status report: contoso.com (Contoso)')
    expect(report.scopeLabel).toBe('Domain contoso.com')
    expect(report.domains.map((d) => d.name)).toEqual(['contoso.com'])
    expect(report.summary).toMatchObject({
      domainCount: 1,
      requiredDone: 3,
      requiredTotal: 6,
      blockedCount: 1,
      overdueCount: 2
    })
    expect(report.exceptions.unverifiedDns.every((r) => r.domainName === 'contoso.com')).toBe(true)
  })

  it('lists every connector of the project, says why, and drops warnings about other domains', () => {
    expect(report.connectors.note).toBe(
      'Connectors are per project: these are all of the project’s connectors, not only those for contoso.com. Warnings about other domains are left out.'
    )
    expect(report.connectors.connectors).toHaveLength(2)
    expect(report.connectors.missing).toEqual([])
  })

  it('words the forecast for the domain and leaves batch forecasts to the project report', () => {
    expect(report.forecast.mailboxes.explanation).toContain('mailboxes in contoso.com')
    expect(report.forecast.batches).toEqual([])
    expect(report.forecast.batchesNote).toBe(
      'Batch forecasts are per project: see the project report.'
    )
  })

  it('refuses a domain that is not in the project', () => {
    expect(() => build(reportInputs({ scope: { kind: 'domain', domainId: 'elsewhere' } }))).toThrow(
      RangeError
    )
  })
})

describe('reportFileName', () => {
  it('names the file after the project, the domain in a domain report, and the day', () => {
    const project = build()
    const domain = build(reportInputs({ scope: { kind: 'domain', domainId: CONTOSO.id } }))
    expect(reportFileName(project, 'html')).toBe('contoso-status-2026-11-29.html')
    expect(reportFileName(domain, 'pdf')).toBe('contoso-contoso.com-status-2026-11-29.pdf')
    expect(reportFileName(project, 'csv', 'Steps')).toBe('contoso-status-steps-2026-11-29.csv')
  })

  it('keeps to safe characters whatever the names hold', () => {
    const hostile = { ...build(), projectName: `../${HOSTILE_HTML}` }
    expect(reportFileName(hostile, 'md')).toBe('img-src-x-onerror-alert-1-status-2026-11-29.md')
    expect(reportFileName({ ...hostile, projectName: 'Société Générale' }, 'md')).toBe(
      'societe-generale-status-2026-11-29.md'
    )
    expect(reportFileName({ ...hostile, projectName: '<>' }, 'md')).toBe(
      'project-status-2026-11-29.md'
    )
  })
})
