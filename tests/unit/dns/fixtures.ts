/** Projects and domains for the DNS and connector tests. */
import type { Domain, Project, Scenario } from '../../../src-renderer/lib/domain/types'

const META = {
  createdAt: '2025-01-06T09:00:00.000Z',
  updatedAt: '2025-01-06T09:00:00.000Z',
  rev: 1
}

/** The reference page's Contoso: mail server at 131.107.21.231, third party at 10.10.10.1. */
export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    ...META,
    name: 'Contoso',
    tenantName: 'contoso.onmicrosoft.com',
    onPremIps: ['131.107.21.231'],
    onPremHost: 'mail.contoso.com',
    thirdPartySenders: [],
    exchangeVersion: '2019',
    ...overrides
  }
}

export function domain(name: string, scenario: Scenario, overrides: Partial<Domain> = {}): Domain {
  return {
    id: `d-${name}`,
    ...META,
    projectId: 'p1',
    name,
    scenario,
    conditions: {
      sendsAsNonOwnedDomains: false,
      relaysNdrsViaCloud: false,
      autoForwardsExternally: false,
      partnerRequiresTls: false,
      thirdPartyFilterInFront: false
    },
    ...overrides
  }
}
