/**
 * Runbooks into scenario 2 follow the domain's recorded outbound path (issue 11 item 9): directly
 * using DNS, or back through Exchange Online; while none is recorded they ask for it first and
 * change no send connector. The send connector for * serves every domain, so with other domains
 * in the project the switch is left to the lead, with their names.
 */
import { describe, expect, it } from 'vitest'
import {
  planTransition,
  type TransitionAction,
  type TransitionContext
} from '../../../src-renderer/lib/domain/advisor'
import { ADVISOR_PROJECT } from './project'

const base: TransitionContext = {
  domainName: 'contoso.com',
  domains: [{ name: 'contoso.com', scenario: 1 }],
  project: ADVISOR_PROJECT
}

function action(actions: readonly TransitionAction[], id: string): TransitionAction | undefined {
  return actions.find((a) => a.id === id)
}

describe('scenario 2’s outbound path in the runbooks', () => {
  it('asks for the choice first and changes no send connector while it is not made', () => {
    for (const from of [1, 3, 4] as const) {
      const plan = planTransition(from, 2, base)
      const ask = action(plan.actions, 'check-onprem-send-connector')
      expect(ask?.title).toBe('Choose scenario 2’s outbound path first')
      expect(ask?.change?.text).toContain('record it on the domain')
      expect(action(plan.actions, 'onprem-send-direct')).toBeUndefined()
      expect(action(plan.actions, 'onprem-relay-via-cloud')).toBeUndefined()
      expect(plan.warnings.join('\n')).toContain('Scenario 2’s outbound path is not chosen')
    }
  })

  it('switches to direct sending only when the domain records direct', () => {
    const plan = planTransition(1, 2, { ...base, scenario2Outbound: 'direct' })
    expect(action(plan.actions, 'check-onprem-send-connector')?.title).toBe(
      'Check that on-premises sends internet mail directly using DNS'
    )
    const direct = action(plan.actions, 'onprem-send-direct')
    expect(direct?.change?.kind).toBe('powershell')
    expect(direct?.why).toContain('records scenario 2’s outbound path as direct')
    // The rollback relays again, re-enabling the connector the forward only disabled.
    const relay = action(plan.rollback, 'onprem-relay-via-cloud')
    expect(relay?.change?.text).toContain(
      "Set-SendConnector -Identity 'Internet via Microsoft 365' -Enabled $true"
    )
    expect(relay?.change?.text).not.toContain('New-SendConnector')
    expect(plan.warnings.join('\n')).not.toContain('not chosen')
  })

  it('keeps relaying through Exchange Online when the domain records that path', () => {
    const fromOne = planTransition(1, 2, { ...base, scenario2Outbound: 'through-exchange-online' })
    expect(action(fromOne.actions, 'onprem-send-direct')).toBeUndefined()
    expect(action(fromOne.actions, 'onprem-relay-via-cloud')).toBeUndefined()
    expect(action(fromOne.actions, 'check-onprem-send-connector')?.title).toBe(
      'Check that on-premises sends internet mail back through Exchange Online (smart host <eopHost>)'.replace(
        '<eopHost>',
        'contoso-com.mail.protection.outlook.com'
      )
    )
    const fromThree = planTransition(3, 2, {
      ...base,
      domains: [{ name: 'contoso.com', scenario: 3 }],
      scenario2Outbound: 'through-exchange-online'
    })
    expect(action(fromThree.actions, 'onprem-relay-via-cloud')?.change?.text).toContain(
      "New-SendConnector -Name 'Internet via Microsoft 365'"
    )
    // Leaving scenario 2 for 3, the recorded relay goes.
    const toThree = planTransition(2, 3, { ...base, scenario2Outbound: 'through-exchange-online' })
    expect(action(toThree.actions, 'onprem-send-direct')).toBeDefined()
  })

  it('names the other domains instead of switching the send connector for * under them', () => {
    const plan = planTransition(1, 2, {
      ...base,
      scenario2Outbound: 'direct',
      domains: [
        { name: 'contoso.com', scenario: 1 },
        { name: 'fabrikam.com', scenario: 4 },
        { name: 'northwind.com', scenario: 3 }
      ]
    })
    const direct = action(plan.actions, 'onprem-send-direct')
    expect(direct?.change?.kind).toBe('manual')
    expect(direct?.change?.text).toContain('fabrikam.com (scenario 4, wants the current path)')
    expect(direct?.change?.text).toContain('northwind.com (scenario 3, wants this path too)')
  })
})
