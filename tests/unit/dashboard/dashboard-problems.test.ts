import { describe, expect, it } from 'vitest'
import { dashboardProblems } from '../../../src-renderer/lib/domain/dashboard-problems'
import { buildReport } from '../../../src-renderer/lib/domain/report'
import { connector, outbound } from '../../support/connector-fixtures'
import { CONTOSO, FABRIKAM, GENERATED_AT, reportInputs, TODAY } from '../report/fixtures'

const inputs = reportInputs()

function problems(overrides: Partial<ReturnType<typeof reportInputs>> = {}) {
  const given = { ...inputs, ...overrides }
  return dashboardProblems(given.project, given.domains, given.dnsRecords, given.connectors)
}

describe('dashboardProblems', () => {
  it('counts per domain the failing and never-checked DNS records the report lists', () => {
    // contoso.com: SPF failed, its MX is OK, 5 other records never checked; fabrikam.com: 7.
    expect(problems().dns).toEqual([
      { domainId: FABRIKAM.id, domainName: 'fabrikam.com', failing: 0, notChecked: 7 },
      { domainId: CONTOSO.id, domainName: 'contoso.com', failing: 1, notChecked: 5 }
    ])
    const report = buildReport(inputs, {
      today: TODAY,
      generatedAt: GENERATED_AT,
      workingDaysOnly: false
    })
    const total = problems().dns.reduce((sum, row) => sum + row.failing + row.notChecked, 0)
    expect(total).toBe(report.exceptions.unverifiedDns.length)
  })

  it('counts a warning verdict as failing and leaves out domains with nothing to fix', () => {
    const spf = inputs.dnsRecords[1]
    if (!spf) throw new Error('fixture lacks the SPF record')
    const warned = { ...spf, verdict: { ...spf.verdict!, status: 'warning' as const } }
    const rows = problems({ dnsRecords: [inputs.dnsRecords[0]!, warned] }).dns
    expect(rows.find((row) => row.domainName === 'contoso.com')?.failing).toBe(1)
    expect(problems({ domains: [] }).dns).toEqual([])
  })

  it('counts the report’s connector errors and warnings, not its information notes', () => {
    const report = buildReport(inputs, {
      today: TODAY,
      generatedAt: GENERATED_AT,
      workingDaysOnly: false
    })
    const notInfo = (w: { severity: string }) => w.severity !== 'info'
    const result = problems()
    expect(result.connectorsMissing).toBe(1)
    expect(result.connectorsMissing).toBe(report.connectors.missing.filter(notInfo).length)
    expect(result.connectorWarnings).toBe(
      report.connectors.connectors.flatMap((c) => c.warnings).filter(notInfo).length
    )
  })

  it('reports a required connector missing once no connector is recorded', () => {
    const none = problems({ connectors: [] })
    expect(none.connectorWarnings).toBe(0)
    expect(none.connectorsMissing).toBeGreaterThan(problems().connectorsMissing)
    const disabled = problems({
      connectors: [connector({ enabled: false }), outbound({ enabled: false })]
    })
    expect(disabled.connectorsMissing).toBe(none.connectorsMissing)
  })
})
