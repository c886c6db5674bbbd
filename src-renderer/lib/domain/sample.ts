/**
 * The sample project behind “Open sample project”: Contoso from Microsoft's reference page
 * (mail server 131.107.21.231) with domains in every scenario and some progress, so that every
 * screen has something to show. Its third-party sender is 203.0.113.25, an RFC 5737 documentation
 * address standing in for a public one: a private address would earn warnings no real project has.
 */
import { dayString, requireDay } from './days'
import type { StepId, StepStatus } from './types'
import { NO_CONDITIONS } from './profile'
import type { DomainInput, ProjectInput } from './validation'

export type SampleStepState = {
  stepId: StepId
  status: StepStatus
  statusReason?: string
  owner?: string
  /** Due date relative to the day the sample is opened; negative is in the past. */
  dueInDays?: number
  notes?: string
  evidence?: string
}

export type SampleDomain = DomainInput & { steps: SampleStepState[] }

export const SAMPLE_PROJECT: ProjectInput = {
  name: 'Contoso hybrid migration',
  tenantName: 'contoso.onmicrosoft.com',
  onPremIps: ['131.107.21.231'],
  onPremHost: 'mail.contoso.com',
  thirdPartySenders: ['203.0.113.25'],
  exchangeVersion: '2016'
}

export const SAMPLE_DOMAINS: readonly SampleDomain[] = [
  {
    name: 'contoso.com',
    scenario: 1,
    conditions: { ...NO_CONDITIONS, relaysNdrsViaCloud: true },
    steps: [
      { stepId: 'add-domain', status: 'done', owner: 'Megan Bowen', dueInDays: -30 },
      {
        stepId: 'verify-domain',
        status: 'done',
        owner: 'Megan Bowen',
        dueInDays: -28,
        evidence: 'TXT MS=ms97284866 published; admin center shows the domain as Healthy.'
      },
      {
        stepId: 'hybrid-configuration-wizard',
        status: 'done',
        owner: 'Alex Wilber',
        dueInDays: -20,
        notes: 'HCW run with the minimal hybrid option declined; full hybrid selected.'
      },
      { stepId: 'connector-cloud-to-onprem', status: 'done', owner: 'Alex Wilber', dueInDays: -18 },
      {
        stepId: 'connector-onprem-to-cloud',
        status: 'in-progress',
        owner: 'Alex Wilber',
        dueInDays: -2,
        notes: 'Certificate for mail.contoso.com renewed; waiting for the change window.'
      },
      { stepId: 'move-mailboxes', status: 'in-progress', owner: 'Lee Gu', dueInDays: 45 },
      { stepId: 'dns-spf', status: 'todo', owner: 'Diego Siciliani', dueInDays: 5 },
      { stepId: 'dns-mx-eop', status: 'todo', owner: 'Diego Siciliani', dueInDays: 12 },
      { stepId: 'onprem-relay-via-cloud', status: 'todo', owner: 'Alex Wilber', dueInDays: 14 }
    ]
  },
  {
    name: 'fabrikam.com',
    scenario: 2,
    conditions: { ...NO_CONDITIONS, sendsAsNonOwnedDomains: true },
    steps: [
      { stepId: 'add-domain', status: 'done', owner: 'Megan Bowen', dueInDays: -25 },
      { stepId: 'verify-domain', status: 'done', owner: 'Megan Bowen', dueInDays: -24 },
      {
        stepId: 'enable-cmt',
        status: 'blocked',
        statusReason: 'Compliance team has not signed off the journaling rules yet.',
        owner: 'Isaiah Langer',
        dueInDays: -3
      },
      { stepId: 'dns-spf', status: 'done', owner: 'Diego Siciliani', dueInDays: -10 },
      { stepId: 'move-mailboxes', status: 'todo', owner: 'Lee Gu', dueInDays: 60 }
    ]
  },
  {
    name: 'tailspintoys.com',
    scenario: 3,
    conditions: { ...NO_CONDITIONS, partnerRequiresTls: true },
    steps: [
      { stepId: 'add-domain', status: 'done', owner: 'Megan Bowen', dueInDays: -15 },
      { stepId: 'verify-domain', status: 'in-progress', owner: 'Megan Bowen', dueInDays: 3 },
      {
        stepId: 'partner-connectors',
        status: 'todo',
        owner: 'Isaiah Langer',
        dueInDays: 20,
        notes: 'Woodgrove Bank requires enforced TLS for tailspintoys.com.'
      }
    ]
  },
  {
    name: 'litwareinc.com',
    scenario: 4,
    conditions: { ...NO_CONDITIONS, autoForwardsExternally: true },
    steps: [{ stepId: 'add-domain', status: 'todo', owner: 'Megan Bowen', dueInDays: 10 }]
  }
]

/** Adds whole days to an ISO date (YYYY-MM-DD). */
export function addDays(isoDate: string, days: number): string {
  return dayString(requireDay(isoDate, 'date') + days)
}
