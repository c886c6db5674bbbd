import { describe, expect, it } from 'vitest'
import {
  CATALOG_ORDER,
  fillPlaceholders,
  placeholderValues,
  stepCategory,
  stepTitle,
  stepsFor
} from '../../src-renderer/lib/domain/catalog'
import {
  CONDITION_LABELS,
  SCENARIO_INFO,
  describeScenario
} from '../../src-renderer/lib/domain/scenarios'
import { SCENARIOS } from '../../src-renderer/lib/domain/types'
import type {
  DomainProfile,
  Requirement,
  Scenario,
  Scenario2Outbound,
  StepId
} from '../../src-renderer/lib/domain/types'
import { PLAIN_PROFILE } from '../support/steps'

const ALL_IDS: StepId[] = [
  'add-domain',
  'verify-domain',
  'move-mailboxes',
  'dns-spf',
  'dns-mx-eop',
  'dns-mx-onprem',
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'onprem-relay-via-cloud',
  'hybrid-configuration-wizard',
  'enable-cmt',
  'restrict-inbound-to-mx-path',
  'partner-connectors',
  'enhanced-filtering',
  'directory-sync',
  'verify-mail-flow',
  'dns-mx-dnssec',
  'keep-onprem-current',
  'renew-hybrid-certificate'
]

const OUTBOUND_CHOICES: readonly (Scenario2Outbound | undefined)[] = [
  undefined,
  'direct',
  'through-exchange-online'
]

/** Every combination of the five conditions, with and without Exchange 2010 or later, with each
 *  scenario 2 outbound path (and none chosen). */
function allProfiles(): DomainProfile[] {
  const profiles: DomainProfile[] = []
  for (let bits = 0; bits < 32; bits++) {
    for (const exchange2010OrLater of [true, false]) {
      for (const outbound of OUTBOUND_CHOICES) {
        profiles.push({
          sendsAsNonOwnedDomains: (bits & 1) !== 0,
          relaysNdrsViaCloud: (bits & 2) !== 0,
          autoForwardsExternally: (bits & 4) !== 0,
          partnerRequiresTls: (bits & 8) !== 0,
          thirdPartyFilterInFront: (bits & 16) !== 0,
          exchange2010OrLater,
          ...(outbound === undefined ? {} : { scenario2Outbound: outbound })
        })
      }
    }
  }
  return profiles
}

const NONE = PLAIN_PROFILE

/** The rules of the brief (with its section 7 corrections), written out independently of the
 *  catalog's implementation. */
function expectedRequirements(s: Scenario, p: DomainProfile): Partial<Record<StepId, Requirement>> {
  const expected: Partial<Record<StepId, Requirement>> = {
    'add-domain': 'required',
    'verify-domain': 'required',
    'directory-sync': 'required',
    'move-mailboxes': 'required',
    'dns-spf': 'required',
    'verify-mail-flow': 'required',
    'dns-mx-dnssec': 'optional',
    // The connectors recognise the servers by a certificate that now lasts at most 200 days.
    'renew-hybrid-certificate': 'required',
    'partner-connectors': p.partnerRequiresTls ? 'required' : 'optional',
    // Relay (1, 4, 2 back through Exchange Online), centralized transport (3) and enhanced
    // filtering (3, 4) need it; scenario 2 sending directly, or not chosen yet, recommends it.
    'connector-onprem-to-cloud':
      s === 2 && p.scenario2Outbound !== 'through-exchange-online' ? 'recommended' : 'required',
    // Scenario 3 needs centralized transport, which sends through this connector.
    'connector-cloud-to-onprem': 'required'
  }
  if (s === 1 || s === 2) expected['dns-mx-eop'] = 'required'
  if (s === 3 || s === 4) {
    expected['dns-mx-onprem'] = 'required'
    expected['restrict-inbound-to-mx-path'] = 'required'
  }
  if (s === 3 || s === 4 || p.thirdPartyFilterInFront) expected['enhanced-filtering'] = 'required'
  if (s === 1 || s === 4) expected['onprem-relay-via-cloud'] = 'required'
  if (s === 2 && p.scenario2Outbound === 'through-exchange-online')
    expected['onprem-relay-via-cloud'] = 'required'
  if (s === 2 && p.scenario2Outbound === undefined)
    expected['onprem-relay-via-cloud'] = 'recommended'
  if (p.exchange2010OrLater) expected['hybrid-configuration-wizard'] = 'recommended'
  // Exchange Online throttles, then blocks, out-of-date on-premises Exchange servers.
  if (p.exchange2010OrLater) expected['keep-onprem-current'] = 'required'
  if (s === 2 || s === 3) expected['enable-cmt'] = 'required'
  return expected
}

describe('stepsFor', () => {
  for (const scenario of SCENARIOS) {
    it(`returns exactly the applicable steps with the rule's requirement in scenario ${scenario}`, () => {
      for (const profile of allProfiles()) {
        const steps = stepsFor(scenario, profile)
        const actual = Object.fromEntries(steps.map((step) => [step.id, step.requirement]))
        expect(actual, JSON.stringify(profile)).toEqual(expectedRequirements(scenario, profile))
      }
    })

    it(`returns unique ids in catalog order with complete texts in scenario ${scenario}`, () => {
      for (const profile of allProfiles()) {
        const steps = stepsFor(scenario, profile)
        const ids = steps.map((step) => step.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids).toEqual(CATALOG_ORDER.filter((id) => ids.includes(id)))
        for (const step of steps) {
          expect(step.title).toBe(stepTitle(step.id))
          expect(step.category).toBe(stepCategory(step.id))
          expect(step.reason).toMatch(
            new RegExp(`^(Required|Recommended|Optional) in scenario ${scenario} because .+\\.$`)
          )
          expect(step.reason.toLowerCase().startsWith(step.requirement)).toBe(true)
          expect(step.explanation.length).toBeGreaterThan(40)
          expect(step.docUrl).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\//)
          expect(step.docTitle).not.toBe('')
        }
      }
    })
  }

  it('requires the on-premises connector wherever on-premises relays, and names the conditions that need a certificate', () => {
    const reasonFor = (scenario: Scenario, profile: DomainProfile) =>
      stepsFor(scenario, profile).find((step) => step.id === 'connector-onprem-to-cloud')?.reason

    expect(reasonFor(1, NONE)).toBe(
      'Required in scenario 1 because on-premises servers relay internet mail through Microsoft ' +
        '365, which Exchange Online refuses without an OnPremises connector matching them ' +
        '(550 5.7.64).'
    )
    expect(reasonFor(1, { ...NONE, relaysNdrsViaCloud: true })).toContain(
      'this domain also relays NDRs through Microsoft 365, which since November 2023 only a ' +
        'certificate-identified connector carries.'
    )
    // Auto-forwarding is relayed the same way in scenario 1 as in 4.
    expect(reasonFor(1, { ...NONE, autoForwardsExternally: true })).toContain(
      'has users who auto-forward mail to external addresses'
    )
    expect(
      reasonFor(4, { ...NONE, sendsAsNonOwnedDomains: true, autoForwardsExternally: true })
    ).toContain(
      'sends as domains the organisation does not own and has users who auto-forward mail to ' +
        'external addresses'
    )
    expect(reasonFor(3, NONE)).toContain('enhanced filtering is set on it')
    const connector = stepsFor(4, NONE).find((step) => step.id === 'connector-onprem-to-cloud')
    expect(connector?.explanation).toContain('IP address alone no longer relays bounces')
    expect(connector?.sources?.map((source) => source.url)).toContain(
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp'
    )
  })

  it('enables centralized mail transport in scenario 3 with a guardrail note', () => {
    const cmt = stepsFor(3, NONE).find((step) => step.id === 'enable-cmt')
    expect(cmt?.requirement).toBe('required')
    expect(cmt?.explanation).toContain('Guardrail:')
    expect(stepsFor(1, NONE).some((step) => step.id === 'enable-cmt')).toBe(false)
    expect(stepsFor(4, NONE).some((step) => step.id === 'enable-cmt')).toBe(false)
  })

  it('adds enhanced filtering where MX is not Exchange Online Protection or a filter is in front', () => {
    const ef = (scenario: Scenario, profile: DomainProfile) =>
      stepsFor(scenario, profile).find((step) => step.id === 'enhanced-filtering')
    expect(ef(1, NONE)).toBeUndefined()
    expect(ef(2, NONE)).toBeUndefined()
    expect(ef(3, NONE)?.requirement).toBe('required')
    expect(ef(4, NONE)?.powershell).toContain('Set-InboundConnector')
    expect(ef(4, NONE)?.explanation).toContain('-EFSkipLastIP')
    expect(ef(4, NONE)?.explanation).toContain('X-MS-Exchange-SkipListedInternetSender')
    const filtered = ef(1, { ...NONE, thirdPartyFilterInFront: true })
    expect(filtered?.reason).toContain('third-party filter is in front of Microsoft 365')
    expect(filtered?.explanation).toContain('filter’s inbound connector')
    expect(filtered?.docUrl).toBe(
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors'
    )
  })

  it('says the filter delivers to the EOP host when a third-party filter is in front', () => {
    const mx = stepsFor(2, { ...NONE, thirdPartyFilterInFront: true }).find(
      (step) => step.id === 'dns-mx-eop'
    )
    expect(mx?.explanation).toContain('the filter delivers to this Exchange Online Protection host')
    expect(mx?.reason).toContain('third-party filter')
  })

  it('asks for directory synchronization and proof of mail flow in every scenario', () => {
    for (const scenario of SCENARIOS) {
      const steps = stepsFor(scenario, NONE)
      const sync = steps.find((step) => step.id === 'directory-sync')
      expect(sync?.requirement).toBe('required')
      expect(sync?.reason).toContain('550 5.4.1')
      const proof = steps.find((step) => step.id === 'verify-mail-flow')
      expect(proof?.requirement).toBe('required')
      expect(proof?.explanation).toContain('Expected here:')
      expect(proof?.verify).toContain('Get-MessageTraceV2')
    }
  })

  it('offers the DNSSEC MX move as optional and sends scenarios 3 and 4 to the smart host', () => {
    const dnssec = (scenario: Scenario) =>
      stepsFor(scenario, NONE).find((step) => step.id === 'dns-mx-dnssec')
    expect(dnssec(1)?.requirement).toBe('optional')
    expect(dnssec(1)?.powershell).toContain('Enable-DnssecForVerifiedDomain -DomainName <domain>')
    expect(dnssec(1)?.explanation).toContain('priority 20')
    expect(dnssec(1)?.explanation).toContain('cannot be worked out')
    expect(dnssec(3)?.explanation).toContain('change the smart host')
    expect(dnssec(1)?.explanation).not.toContain('change the smart host')
  })

  it('leaves out the Hybrid Configuration Wizard before Exchange 2010', () => {
    for (const scenario of SCENARIOS) {
      const ids = stepsFor(scenario, { ...NONE, exchange2010OrLater: false }).map((step) => step.id)
      expect(ids).not.toContain('hybrid-configuration-wizard')
    }
  })

  it('adds scenario-specific notes to the wizard step', () => {
    const wizard = (scenario: Scenario) =>
      stepsFor(scenario, NONE).find((step) => step.id === 'hybrid-configuration-wizard')
    expect(wizard(1)?.explanation).toContain('MX record can’t point to the on-premises server')
    expect(wizard(2)?.explanation).toContain('centralized mail transport')
    expect(wizard(3)?.explanation).not.toContain('MX record can’t point')
  })

  it('asks for the MX host Microsoft assigned, says where to find it, and never computes it', () => {
    const mx = stepsFor(1, NONE).find((step) => step.id === 'dns-mx-eop')
    expect(mx?.explanation).toContain('the host Microsoft assigned to <domain>')
    expect(mx?.explanation).toContain('Settings → Domains → <domain> → DNS records')
    expect(mx?.explanation).toContain('GET /domains/<domain>/serviceConfigurationRecords')
    expect(mx?.explanation).toContain(
      'Get-DnssecStatusForVerifiedDomain -DomainName <domain>, its ExpectedMxRecord'
    )
    expect(mx?.explanation).toContain('contoso-com.o-v1.mx.microsoft')
    expect(mx?.explanation).not.toContain('<domainKey>')
    expect(mx?.sources?.map((source) => source.url)).toContain(
      'https://learn.microsoft.com/en-us/powershell/module/exchange/get-dnssecstatusforverifieddomain'
    )
    expect(mx?.verify).toBe('nslookup -type=mx <domain>')
  })

  it('explains the centralized mail transport switch, its forwarding gap and EOP licences', () => {
    const cmt = stepsFor(2, NONE).find((step) => step.id === 'enable-cmt')
    expect(cmt?.powershell).toContain('-RouteAllMessagesViaOnPremises $true')
    expect(cmt?.explanation).toContain('ForwardingAddress bypasses centralized mail transport')
    expect(cmt?.explanation).toContain('EOP licences')
    expect(cmt?.verify).toMatch(/^Get-OutboundConnector/)
  })

  it('follows scenario 2’s recorded outbound path for the relay step and its connector', () => {
    const step = (outbound: Scenario2Outbound | undefined, id: StepId) =>
      stepsFor(2, {
        ...NONE,
        ...(outbound === undefined ? {} : { scenario2Outbound: outbound })
      }).find((s) => s.id === id)

    const relayBack = step('through-exchange-online', 'onprem-relay-via-cloud')
    expect(relayBack?.reason).toBe(
      'Required in scenario 2 because the domain’s recorded outbound path sends internet mail ' +
        'from on-premises back through Exchange Online, which the Hybrid Configuration Wizard ' +
        'does not set up.'
    )
    expect(relayBack?.explanation).toContain('Guardrail: the diagram of Microsoft’s')
    expect(relayBack?.sources?.map((source) => source.url)).toEqual(
      expect.arrayContaining([
        'https://learn.microsoft.com/en-us/exchange/transport-routing',
        'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'
      ])
    )
    expect(step('through-exchange-online', 'connector-onprem-to-cloud')?.reason).toContain(
      '550 5.7.64'
    )

    expect(step('direct', 'onprem-relay-via-cloud')).toBeUndefined()
    expect(step('direct', 'connector-onprem-to-cloud')?.requirement).toBe('recommended')
    const cmtDirect = step('direct', 'enable-cmt')
    expect(cmtDirect?.explanation).toContain('directly using DNS')
    expect(cmtDirect?.explanation).toContain('Guardrail:')
    expect(step('direct', 'verify-mail-flow')?.explanation).toContain(
      'the on-premises servers deliver that internet mail directly'
    )

    // Never silently defaulted: until chosen, both are a decision to make.
    const relayUndecided = step(undefined, 'onprem-relay-via-cloud')
    expect(relayUndecided?.requirement).toBe('recommended')
    expect(relayUndecided?.reason).toContain('outbound path is not chosen yet')
    expect(relayUndecided?.explanation).toContain('Record the choice with Edit domain')
    expect(step(undefined, 'connector-onprem-to-cloud')?.reason).toContain('not chosen yet')
    expect(step(undefined, 'enable-cmt')?.explanation).toContain('Choose this domain’s outbound')

    // The choice matters in scenario 2 only.
    for (const scenario of [1, 3, 4] as const) {
      const direct = stepsFor(scenario, { ...NONE, scenario2Outbound: 'direct' })
      expect(direct).toEqual(stepsFor(scenario, NONE))
    }
  })

  it('prescribes no on-premises Exchange cmdlet for Exchange 2007 or no Exchange, and says what to do instead', () => {
    // Cmdlets of the Exchange Management Shell only (Microsoft Learn: "available only in
    // on-premises Exchange"), and hybrid remote moves, which need Exchange 2010 or later.
    const EXCHANGE_ONLY =
      /\b(Get|Set|New|Remove)-(SendConnector|ReceiveConnector|ExchangeCertificate|HybridConfiguration|ExchangeServer|TransportService)\b|Update-HybridConfiguration|New-MoveRequest|Get-MoveRequest/
    for (const scenario of SCENARIOS) {
      for (const profile of allProfiles().filter((p) => !p.exchange2010OrLater)) {
        for (const step of stepsFor(scenario, profile)) {
          const texts = [step.explanation, step.powershell ?? '', step.verify ?? '']
          for (const text of texts)
            expect(text, `${scenario} ${step.id}`).not.toMatch(EXCHANGE_ONLY)
        }
      }
    }
    const without = { ...NONE, exchange2010OrLater: false }
    const relay = stepsFor(1, without).find((step) => step.id === 'onprem-relay-via-cloud')
    expect(relay?.explanation).toContain('on-premises mail server’s own configuration')
    expect(relay?.explanation).toContain('smart host (outbound relay)')
    expect(relay?.powershell).toBeUndefined()
    expect(relay?.verify).toContain('Get-MessageTraceV2')
    const move = stepsFor(3, without).find((step) => step.id === 'move-mailboxes')
    expect(move?.explanation).toContain('cutover or staged Exchange migration')
    expect(move?.powershell).toContain('New-MigrationBatch')
    expect(move?.sources?.[0]?.url).toBe(
      'https://learn.microsoft.com/en-us/powershell/module/exchange/new-migrationendpoint'
    )
    const outbound = stepsFor(1, without).find((step) => step.id === 'connector-cloud-to-onprem')
    expect(outbound?.explanation).toContain('there is no Hybrid Configuration Wizard')
    const cmt = stepsFor(3, without).find((step) => step.id === 'enable-cmt')
    expect(cmt?.explanation).not.toContain('choose centralized mail transport in the Hybrid')
    expect(cmt?.explanation).toContain('Guardrail:')
    expect(cmt?.powershell).toContain('-RouteAllMessagesViaOnPremises $true')
    expect(outbound?.powershell).toContain('New-OutboundConnector')
    // With Exchange 2010 or later the Exchange commands stay.
    expect(
      stepsFor(1, NONE).find((step) => step.id === 'onprem-relay-via-cloud')?.powershell
    ).toContain('New-SendConnector')
  })

  it('returns fresh objects, so a caller cannot change the catalog', () => {
    const first = stepsFor(1, NONE)
    const step = first[0]
    if (step === undefined) throw new Error('no steps')
    step.title = 'changed'
    expect(stepsFor(1, NONE)[0]?.title).toBe('Add the domain to Microsoft 365')
  })

  it('rejects a scenario that is not 1 to 4', () => {
    expect(() => stepsFor(5 as unknown as Scenario, NONE)).toThrow(RangeError)
  })
})

describe('catalog texts', () => {
  function allTexts(): string[] {
    const texts: string[] = []
    for (const scenario of SCENARIOS) {
      for (const profile of allProfiles()) {
        for (const step of stepsFor(scenario, profile)) {
          texts.push(
            step.title,
            step.reason,
            step.explanation,
            step.powershell ?? '',
            step.verify ?? '',
            step.docTitle,
            step.docUrl,
            ...(step.sources ?? []).flatMap((source) => [source.title, source.url])
          )
        }
      }
      const info = SCENARIO_INFO[scenario]
      texts.push(describeScenario(scenario), info.title, info.description, ...info.routingNotes)
    }
    for (const label of Object.values(CONDITION_LABELS)) texts.push(label.label, label.help)
    // Many profiles share texts: check each distinct text once.
    return [...new Set(texts)]
  }

  it("never repeats the reference page's defects", () => {
    for (const text of allTexts()) {
      // defect 1: the key already holds the suffix; "<domainKey>-com.mail…" is wrong.
      expect(text).not.toMatch(/>-com\.mail\.protection/i)
      // defect 2: ".mail.contoso.com" with a leading dot.
      expect(text).not.toMatch(/(^|[^a-z0-9-])\.mail\.contoso\.com/i)
      expect(text).not.toContain('.mail.contoso.com')
      // defect 3: the forwarding example's domain is tailspintoys.com.
      expect(text).not.toMatch(/\btailspin\.com/i)
      // brief 1.4: autodiscover stays on-premises in a hybrid.
      expect(text).not.toMatch(/autodiscover\.outlook\.com/i)
      // brief 1.1: legacy hosts may only be named as hosts never to use.
      expect(text).not.toMatch(/-SmartHosts '?mail\.(messaging|eo|global)/i)
    }
  })

  it('covers every step id exactly once in the catalog order', () => {
    expect([...CATALOG_ORDER].sort()).toEqual([...ALL_IDS].sort())
  })

  it('gives every step a title and a category', () => {
    expect(Object.fromEntries(ALL_IDS.map((id) => [id, stepCategory(id)]))).toEqual({
      'add-domain': 'domain',
      'verify-domain': 'domain',
      'move-mailboxes': 'mailboxes',
      'dns-spf': 'dns',
      'dns-mx-eop': 'dns',
      'dns-mx-onprem': 'dns',
      'connector-cloud-to-onprem': 'connectors',
      'connector-onprem-to-cloud': 'connectors',
      'onprem-relay-via-cloud': 'transport',
      'hybrid-configuration-wizard': 'transport',
      'enable-cmt': 'transport',
      'restrict-inbound-to-mx-path': 'connectors',
      'partner-connectors': 'connectors',
      'enhanced-filtering': 'connectors',
      'directory-sync': 'domain',
      'verify-mail-flow': 'transport',
      'dns-mx-dnssec': 'dns',
      'keep-onprem-current': 'transport',
      'renew-hybrid-certificate': 'connectors'
    })
    for (const id of ALL_IDS) expect(stepTitle(id)).not.toBe('')
  })
})

const CLOUD_VALUES = {
  eopMxSuffix: '.mail.protection.outlook.com',
  eopTlsDomain: 'mail.protection.outlook.com',
  spfInclude: 'spf.protection.outlook.com',
  routingSuffix: '.mail.onmicrosoft.com'
}

describe('fillPlaceholders', () => {
  it('fills known placeholders and leaves unknown or empty ones visible', () => {
    expect(
      fillPlaceholders("-SmartHosts '<onPremHost>' -TlsDomain '<certificateDomain>' <tenant>", {
        onPremHost: 'mail.contoso.com',
        tenant: ''
      })
    ).toBe("-SmartHosts 'mail.contoso.com' -TlsDomain '<certificateDomain>' <tenant>")
  })

  it('inserts values literally and does not fill placeholders inside values', () => {
    expect(fillPlaceholders('<a> <b>', { a: '$& <b> $1', b: 'x' })).toBe('$& <b> $1 x')
  })

  it('keeps certificate names of the form <I>issuer<S>subject intact', () => {
    const relay = stepsFor(1, NONE).find((step) => step.id === 'onprem-relay-via-cloud')
    const filled = fillPlaceholders(relay?.powershell ?? '', {
      certificateDomain: 'mail.contoso.com'
    })
    expect(filled).toContain('"<I>$($cert.Issuer)<S>$($cert.Subject)"')
    expect(filled).toContain("-like '*mail.contoso.com*'")
    expect(filled).toContain("-SmartHosts '<domainKey>.mail.protection.outlook.com'")
  })

  it('ignores names inherited from Object.prototype', () => {
    expect(fillPlaceholders('<constructor>', {})).toBe('<constructor>')
  })
})

describe('placeholderValues', () => {
  it('derives the values a project knows and leaves the rest out', () => {
    expect(
      placeholderValues(
        {
          tenantName: 'Contoso.onmicrosoft.com',
          onPremHost: ' mail.contoso.com ',
          onPremIps: ['131.107.21.231', ' 131.107.22.0/24 ', '']
        },
        'Contoso.com'
      )
    ).toEqual({
      domain: 'contoso.com',
      tenant: 'contoso',
      routingDomain: 'contoso.mail.onmicrosoft.com',
      onPremHost: 'mail.contoso.com',
      onPremIps: '131.107.21.231,131.107.22.0/24',
      connectorIps: '131.107.21.231,131.107.22.0/24',
      ...CLOUD_VALUES
    })
    // A connector's SenderIPAddresses takes IPv4 /24 to /32 only: the rest stays out of it.
    const mixed = placeholderValues(
      {
        tenantName: '',
        onPremHost: '',
        onPremIps: ['2001:db8::25', '131.107.0.0/16', '131.107.21.7']
      },
      ''
    )
    expect(mixed.onPremIps).toBe('2001:db8::25,131.107.0.0/16,131.107.21.7')
    expect(mixed.connectorIps).toBe('131.107.21.7')
    expect(
      placeholderValues({ tenantName: '', onPremHost: '', onPremIps: ['2001:db8::25'] }, '')
        .connectorIps
    ).toBeUndefined()
    // The cloud's names are known even when the project holds nothing else.
    expect(placeholderValues({ tenantName: '', onPremHost: '', onPremIps: [] }, '')).toEqual(
      CLOUD_VALUES
    )
  })
})
