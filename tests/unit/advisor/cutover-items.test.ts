/**
 * What every MX move must carry (issue 11, "Cut-over items missing from MX moves"): on-premises
 * accepts mail from Exchange Online Protection's addresses before MX moves to Microsoft 365 (and
 * what that means for on-premises filtering), secondary MX records found by the last DNS check are
 * named at the change, and the TTL lead times say when, from the observed TTL when known.
 */
import { describe, expect, it } from 'vitest'
import {
  dnsObservationFrom,
  planTransition,
  registeredConnectorFrom,
  type TransitionAction,
  type TransitionContext
} from '../../../src-renderer/lib/domain/advisor'
import { PUBLIC_SOURCES } from '../../../src-renderer/lib/domain/public-sources'
import { SCENARIOS, type Scenario } from '../../../src-renderer/lib/domain/types'
import { ADVISOR_PROJECT } from './project'

const base: TransitionContext = {
  domainName: 'contoso.com',
  project: ADVISOR_PROJECT
}

function action(actions: readonly TransitionAction[], id: string): TransitionAction | undefined {
  return actions.find((a) => a.id === id)
}

const toEop: [Scenario, Scenario][] = [
  [3, 1],
  [3, 2],
  [4, 1],
  [4, 2]
]

describe('cut-over items of MX moves', () => {
  it('has on-premises accept mail from Exchange Online Protection before MX moves to it', () => {
    for (const [from, to] of toEop) {
      const plan = planTransition(from, to, base)
      const accept = action(plan.actions, 'accept-mail-from-eop')
      expect(accept?.source).toBe(PUBLIC_SOURCES.m365Endpoints)
      expect(accept?.change?.text).toContain('Firewall: allow inbound TCP 25 to mail.contoso.com')
      expect(accept?.change?.text).toContain('-InternalSMTPServers')
      expect(accept?.why).toContain(to === 2 ? 'on-premises filters stay' : 'decide whether')
      const ids = plan.actions.map((a) => a.id)
      expect(ids.indexOf('accept-mail-from-eop')).toBeLessThan(ids.indexOf('lower-mx-ttl'))
      // The rollback moves MX back on-premises: nothing to accept from EOP there.
      expect(action(plan.rollback, 'accept-mail-from-eop')).toBeUndefined()
    }
    for (const from of SCENARIOS)
      for (const to of SCENARIOS.filter(
        (s) => s !== from && !toEop.some(([f, t]) => f === from && t === s)
      ))
        expect(action(planTransition(from, to).actions, 'accept-mail-from-eop')).toBeUndefined()
  })

  it('names the secondary MX records the last DNS check found, at the change and in a warning', () => {
    const dns = [{ kind: 'mx', values: ['20 backup.mx.example.net', '10 mail.contoso.com'] }]
    const plan = planTransition(3, 1, { ...base, dns })
    expect(action(plan.actions, 'dns-mx-eop')?.change?.text).toContain(
      '; then delete every other MX record the last DNS check saw: 10 mail.contoso.com, 20 backup.mx.example.net'
    )
    expect(plan.warnings.join('\n')).toContain(
      'found more MX records than the one this change moves: 20 backup.mx.example.net'
    )
    const back = planTransition(1, 3, {
      ...base,
      dns: [
        {
          kind: 'mx',
          values: ['0 contoso-com.mail.protection.outlook.com', '30 backup.mx.example.net']
        }
      ]
    })
    expect(action(back.actions, 'dns-mx-onprem')?.change?.text).toContain(
      'contoso-com.mail.protection.outlook.com, 30 backup.mx.example.net'
    )
    expect(back.warnings.join('\n')).toContain('mail would skip the on-premises filtering')
    const single = planTransition(3, 1, {
      ...base,
      dns: [{ kind: 'mx', values: ['10 mail.contoso.com'] }]
    })
    expect(single.warnings.join('\n')).not.toContain('more MX records')
  })

  it('says when to lower and restore the TTL, from the observed TTL when known', () => {
    const known = planTransition(3, 1, {
      ...base,
      dns: [{ kind: 'mx', values: ['10 mail.contoso.com'], ttl: 7200 }]
    })
    expect(action(known.actions, 'lower-mx-ttl')?.when).toBe(
      'At least 7200 seconds (2 hours), the TTL the last DNS check saw, before the MX change; lowering it earlier does no harm'
    )
    expect(action(known.actions, 'restore-mx-ttl')?.change?.text).toMatch(
      /^contoso\.com\. {2}7200 {2}IN {2}MX/
    )
    const unknown = planTransition(3, 1, base)
    expect(action(unknown.actions, 'lower-mx-ttl')?.when).toMatch(
      /^At least one current TTL before the MX change/
    )
    for (const plan of [known, unknown])
      for (const a of [...plan.actions, ...plan.rollback])
        expect(a.when, a.id).not.toMatch(/few days/i)
  })

  it('gives every rollback action a lead time tied to the rollback’s own changes', () => {
    for (const from of SCENARIOS)
      for (const to of SCENARIOS.filter((s) => s !== from))
        for (const a of planTransition(from, to, base).rollback)
          expect(a.when, `${from}→${to} ${a.id}`).not.toMatch(/days? before the rollback|few days/i)
  })

  it('reads the TTL of a stored DNS row and the domains of a stored connector', () => {
    expect(
      dnsObservationFrom({ kind: 'mx', values: ['10 mail.contoso.com'], ttl: 3600 })?.ttl
    ).toBe(3600)
    expect(dnsObservationFrom({ kind: 'mx', ttl: -5 })).toEqual({ kind: 'mx' })
    expect(dnsObservationFrom({ kind: 'mx', ttl: '3600' })).toEqual({ kind: 'mx' })
    const row = {
      name: 'MX only',
      direction: 'partner',
      type: 'Partner',
      routeAllMessagesViaOnPremises: false,
      recipientDomains: [],
      status: 'verified',
      restrictDomainsToIps: true,
      associatedAcceptedDomains: ['Contoso.com', 'fabrikam.com']
    }
    expect(registeredConnectorFrom(row)?.associatedAcceptedDomains).toEqual([
      'contoso.com',
      'fabrikam.com'
    ])
    expect(registeredConnectorFrom({ ...row, associatedAcceptedDomains: [] })).not.toHaveProperty(
      'associatedAcceptedDomains'
    )
  })
})
