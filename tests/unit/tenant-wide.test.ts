import { describe, expect, it } from 'vitest'
import { tenantWideIssues, type TenantWideDomain } from '../../src-renderer/lib/domain/tenant-wide'
import type { Scenario, Scenario2Outbound } from '../../src-renderer/lib/domain/types'

function domain(name: string, scenario: Scenario, outbound?: Scenario2Outbound): TenantWideDomain {
  return { name, scenario, ...(outbound === undefined ? {} : { scenario2Outbound: outbound }) }
}

function summary(domains: TenantWideDomain[]): string[] {
  return tenantWideIssues(domains).map((issue) => `${issue.setting}:${issue.kind}`)
}

describe('tenantWideIssues', () => {
  it('finds nothing where every domain asks the same of the shared settings', () => {
    expect(summary([])).toEqual([])
    expect(summary([domain('a.com', 2)])).toEqual([])
    expect(summary([domain('a.com', 1), domain('b.com', 4)])).toEqual([])
    expect(summary([domain('a.com', 3), domain('b.com', 2, 'direct')])).toEqual([])
    expect(summary([domain('a.com', 2, 'direct'), domain('b.com', 2, 'direct')])).toEqual([])
    expect(
      summary([
        domain('a.com', 2, 'through-exchange-online'),
        domain('b.com', 2, 'through-exchange-online')
      ])
    ).toEqual([])
  })

  it('flags centralized mail transport when scenario 2 or 3 meets scenario 1 or 4', () => {
    expect(summary([domain('a.com', 1), domain('b.com', 2, 'through-exchange-online')])).toEqual([
      'centralized-transport:contradiction'
    ])
    const [cmt] = tenantWideIssues([
      domain('b.com', 2, 'through-exchange-online'),
      domain('a.com', 1),
      domain('c.com', 2, 'through-exchange-online')
    ])
    expect(cmt?.needs).toEqual([
      { answer: 'On (scenarios 2 and 3)', domains: ['b.com', 'c.com'] },
      { answer: 'Off (scenarios 1 and 4)', domains: ['a.com'] }
    ])
    expect(cmt?.summary).toContain('RouteAllMessagesViaOnPremises')
    const conditional = cmt?.choices.find((choice) => choice.title.startsWith('Conditional'))
    expect(conditional?.text).toContain('IsTransportRuleScoped')
    expect(conditional?.command?.split('\n')).toEqual([
      "New-OutboundConnector -Name 'Through on-premises (rule-scoped)' -ConnectorType OnPremises " +
        "-IsTransportRuleScoped $true -UseMxRecord $false -SmartHosts '<onPremHost>' " +
        "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'",
      "New-TransportRule -Name 'Internet mail of b.com, c.com through on-premises' " +
        "-SenderDomainIs 'b.com','c.com' -SentToScope NotInOrganization " +
        "-RouteMessageOutboundConnector 'Through on-premises (rule-scoped)'"
    ])
    expect(cmt?.choices.map((choice) => choice.title)).toEqual([
      'Give every domain the same answer',
      'Turn it on for everyone, knowingly',
      'Conditional routing for the domains that need on-premises'
    ])
    for (const source of cmt?.sources ?? [])
      expect(source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\//)
    expect(cmt?.sources.map((source) => source.url)).toContain(
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/conditional-mail-routing'
    )
  })

  it('flags the on-premises send connector when some domains relay and others send directly', () => {
    // Scenarios 3 and 4: both centralized transport and the send connector disagree.
    expect(summary([domain('a.com', 3), domain('b.com', 4)])).toEqual([
      'centralized-transport:contradiction',
      'onprem-send-connector:contradiction'
    ])
    // Scenario 2 direct against back through Exchange Online: only the send connector.
    const issues = tenantWideIssues([
      domain('a.com', 2, 'direct'),
      domain('b.com', 2, 'through-exchange-online')
    ])
    expect(issues.map((issue) => issue.setting)).toEqual(['onprem-send-connector'])
    expect(issues[0]?.needs.map((need) => need.domains)).toEqual([['b.com'], ['a.com']])
    expect(issues[0]?.summary).toContain('not by the sender’s domain')
    // Scenario 2 directly agrees with 3 on the send connector, not with 1.
    expect(summary([domain('a.com', 1), domain('b.com', 2, 'direct')])).toEqual([
      'centralized-transport:contradiction',
      'onprem-send-connector:contradiction'
    ])
  })

  it('asks for scenario 2’s outbound path where other domains depend on the same connector', () => {
    const issues = tenantWideIssues([domain('a.com', 2), domain('b.com', 2, 'direct')])
    expect(issues.map((issue) => `${issue.setting}:${issue.kind}`)).toEqual([
      'onprem-send-connector:undecided'
    ])
    expect(issues[0]?.title).toBe('Outbound path not chosen: a.com')
    expect(issues[0]?.needs.at(-1)).toEqual({
      answer: 'Not chosen yet (scenario 2)',
      domains: ['a.com']
    })
  })
})
