import { describe, expect, it } from 'vitest'
import {
  CONDITION_LABELS,
  SCENARIO_INFO,
  describeScenario,
  onPremisesSendsFact
} from '../../src-renderer/lib/domain/scenarios'
import type { DomainConditions } from '../../src-renderer/lib/domain/types'
import { SCENARIOS } from '../../src-renderer/lib/domain/types'

describe('SCENARIO_INFO', () => {
  it('records where mail goes in each scenario', () => {
    const routing = SCENARIOS.map((s) => {
      const info = SCENARIO_INFO[s]
      return [info.number, info.mx, info.inboundFiltering, info.onPremOutbound, info.cloudOutbound]
    })
    expect(routing).toEqual([
      [1, 'eop', 'cloud', 'via-cloud', 'direct'],
      [2, 'eop', 'onprem', 'direct', 'via-onprem'],
      [3, 'onprem', 'onprem', 'direct', 'via-onprem'],
      [4, 'onprem', 'onprem', 'via-cloud', 'direct']
    ])
  })

  it('has the short titles', () => {
    expect(SCENARIOS.map((s) => SCENARIO_INFO[s].title)).toEqual([
      'MX to Microsoft 365, Microsoft 365 filters',
      'MX to Microsoft 365, filtering on-premises',
      'MX to on-premises, on-premises sends directly',
      'MX to on-premises, on-premises relays through Microsoft 365'
    ])
  })

  it('describes each scenario in the third person and links the reference', () => {
    for (const s of SCENARIOS) {
      const info = SCENARIO_INFO[s]
      expect(info.description).toMatch(/^The organisation is moving its mailboxes/)
      expect(info.description).not.toMatch(/\b(I|I'm|I’m|my)\b/)
      expect(info.referenceUrl).toBe(
        'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'
      )
    }
  })

  it('says that the outbound path under centralized mail transport depends on the send connector', () => {
    expect(SCENARIO_INFO[2].routingNotes.join(' ')).toContain(
      'depends on the on-premises send connector: each domain in this scenario records which'
    )
    // Scenario 3 agrees with the catalog, which enables centralized mail transport there.
    expect(SCENARIO_INFO[3].description).toContain('centralized mail transport brings cloud')
    expect(SCENARIO_INFO[3].routingNotes.join(' ')).toContain(
      'only because centralized mail transport is enabled'
    )
  })

  it('notes that the wizard does not set up the relay in scenarios 1 and 4', () => {
    for (const s of [1, 4] as const) {
      expect(SCENARIO_INFO[s].routingNotes.join(' ')).toContain(
        'the Hybrid Configuration Wizard does not make that change'
      )
    }
  })
})

describe('describeScenario', () => {
  it('puts title, routing and caveats in one paragraph', () => {
    expect(describeScenario(4)).toBe(
      'Scenario 4: MX to on-premises, on-premises relays through Microsoft 365. ' +
        'The MX record points to the on-premises server. ' +
        'The on-premises servers filter inbound internet mail. ' +
        'On-premises mailboxes send to the internet through Microsoft 365. ' +
        'Cloud mailboxes send to the internet directly from Microsoft 365. ' +
        SCENARIO_INFO[4].routingNotes.join(' ')
    )
    expect(describeScenario(1)).toContain('The MX record points to Microsoft 365')
    expect(describeScenario(1)).toContain('Microsoft 365 filters inbound internet mail.')
    expect(describeScenario(2)).toContain(
      'Cloud mailboxes send to the internet through the on-premises servers.'
    )
  })

  it('states scenario 2’s outbound path as the domain records it, or as a decision to make', () => {
    expect(describeScenario(2)).toContain('Outbound path not chosen yet')
    expect(describeScenario(2)).not.toContain('On-premises mailboxes send to the internet')
    expect(describeScenario(2, 'direct')).toContain(
      'On-premises mailboxes send to the internet directly. '
    )
    expect(describeScenario(2, 'direct')).toContain('send internet mail directly using DNS.')
    expect(describeScenario(2, 'through-exchange-online')).toContain(
      'On-premises mailboxes send to the internet through Microsoft 365.'
    )
    expect(describeScenario(2, 'through-exchange-online')).toContain(
      'back through Exchange Online, which delivers it.'
    )
    expect(describeScenario(3, 'direct')).toBe(describeScenario(3))
  })
})

describe('onPremisesSendsFact', () => {
  it('follows scenario 2’s recorded outbound path, and says it is to be chosen until it is', () => {
    expect(onPremisesSendsFact(2)).toBe(
      'on-premises sends out directly or through Microsoft 365 (chosen per domain)'
    )
    expect(onPremisesSendsFact(2, 'direct')).toBe('on-premises sends out directly')
    expect(onPremisesSendsFact(2, 'through-exchange-online')).toBe(
      'on-premises sends out through Microsoft 365'
    )
    expect(onPremisesSendsFact(1)).toBe('on-premises sends out through Microsoft 365')
    expect(onPremisesSendsFact(3, 'through-exchange-online')).toBe('on-premises sends out directly')
  })
})

describe('CONDITION_LABELS', () => {
  it('labels exactly the five domain conditions, each with one sentence of help', () => {
    const keys: (keyof DomainConditions)[] = [
      'sendsAsNonOwnedDomains',
      'relaysNdrsViaCloud',
      'autoForwardsExternally',
      'partnerRequiresTls',
      'thirdPartyFilterInFront'
    ]
    expect(Object.keys(CONDITION_LABELS).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      const { label, help } = CONDITION_LABELS[key]
      expect(label).not.toBe('')
      expect(help).toMatch(/^[A-Z][^]*\.$/)
      expect(help.split(/\.\s/)).toHaveLength(1)
    }
  })
})
