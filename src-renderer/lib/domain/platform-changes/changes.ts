/**
 * What changed at Microsoft (and at the large mailbox providers) in 2023-2026 that a hybrid
 * migration must follow: each change with its dates, public sources, the scenarios and checklist
 * steps it touches, and what the checklist does about it. Declarative data; the Platform changes
 * page and the notes on the checklist's steps read it.
 *
 * Research notes (shared/reference/microsoft-365-changes-2026.md, sections 1.1-1.9) stay here:
 * a date that only third parties or Message Center mirrors report is marked 'unconfirmed'.
 */
import type { Scenario, SourceLink, StepId } from '../types'
import { PLATFORM_SOURCES } from './sources'
import { MONTHS } from '../days'

/** A day (YYYY-MM-DD), a month (YYYY-MM), or 'unconfirmed' where no Microsoft text confirms it. */
export type ChangeWhen = string

export type ChangeEvent = {
  when: ChangeWhen
  /** What happened or happens then, in one sentence. */
  what: string
}

export type PlatformChangeId =
  | 'dnssec-mx'
  | 'exchange-server-se'
  | 'dedicated-hybrid-app'
  | 'reject-direct-send'
  | 'certificate-lifetime'
  | 'smtp-auth-basic'
  | 'tenant-recipient-limit'
  | 'bulk-sender-requirements'

export type PlatformChange = {
  id: PlatformChangeId
  title: string
  /** What changed and why it matters to a hybrid migration. */
  summary: string
  /** Dated events, oldest first; 'unconfirmed' ones last. */
  timeline: readonly ChangeEvent[]
  scenarios: readonly Scenario[]
  /** The checklist steps it touches: each shows a note about it. */
  stepIds: readonly StepId[]
  /** What the checklist does about it. */
  checklist: string
  sources: readonly SourceLink[]
  /** Microsoft 365 message center ids, shown as text (the message center needs a sign-in). */
  messageCenter: readonly string[]
}

const ALL: readonly Scenario[] = [1, 2, 3, 4]

const GOOGLE_SENDER_GUIDELINES: SourceLink = {
  url: 'https://support.google.com/a/answer/81126',
  title: 'Email sender guidelines (Google Workspace Admin Help)'
}

export const PLATFORM_CHANGES: readonly PlatformChange[] = [
  {
    id: 'dnssec-mx',
    title: 'MX hosts under mx.microsoft, with DNSSEC and inbound SMTP DANE',
    summary:
      'Exchange Online has new MX hosts under mx.microsoft (for example ' +
      'contoso-com.o-v1.mx.microsoft) whose DNS is signed with DNSSEC, so inbound SMTP DANE ' +
      'protects mail to the domain. The host is assigned and cannot be worked out from the ' +
      'domain name. Existing domains move only when the organisation opts in; Microsoft plans ' +
      'to give new accepted domains such a host by default. Gateways, filters and on-premises ' +
      'send connectors with the old mail.protection.outlook.com host written in as a smart host ' +
      'must follow when a domain moves.',
    timeline: [
      {
        when: '2024-10-28',
        what: 'Inbound SMTP DANE with DNSSEC for Exchange Online becomes generally available.'
      },
      {
        when: 'unconfirmed',
        what: 'New accepted domains get an mx.microsoft host by default: the message center post moved the date several times, most recently to July 2026.'
      }
    ],
    scenarios: ALL,
    stepIds: ['dns-mx-eop', 'dns-mx-dnssec', 'onprem-relay-via-cloud'],
    checklist:
      'The MX step asks for the host Microsoft assigned (admin center, ' +
      'Get-DnssecStatusForVerifiedDomain) instead of a computed one; the optional step “Move ' +
      'the MX record to Microsoft’s DNSSEC host” follows Microsoft’s procedure, and in scenarios ' +
      '3 and 4 changes the smart host of the connector that delivers to Exchange Online instead.',
    sources: [PLATFORM_SOURCES.smtpDane, PLATFORM_SOURCES.daneGeneralAvailability],
    messageCenter: ['MC1048624']
  },
  {
    id: 'exchange-server-se',
    title: 'Exchange 2016 and 2019 out of support; out-of-date servers throttled, then blocked',
    summary:
      'Exchange Server 2016 and 2019 reached the end of support; Exchange Server Subscription ' +
      'Edition (SE) is the supported version. Exchange Online throttles mail that out-of-date ' +
      'on-premises servers send through an inbound connector of type OnPremises (450 4.7.230) ' +
      'and then blocks it (550 5.7.230). A hybrid organisation whose servers fall behind loses ' +
      'the mail between on-premises and Exchange Online, and in scenarios 1 and 4 its internet ' +
      'mail too. A pause of up to 90 days per calendar year can be set.',
    timeline: [
      {
        when: '2023-03',
        what: 'Microsoft announces that Exchange Online throttles and then blocks mail from persistently vulnerable on-premises Exchange servers.'
      },
      {
        when: '2023-12-12',
        what: 'The out-of-date servers report and the 90-day enforcement pause are described.'
      },
      { when: '2025-10-14', what: 'Exchange Server 2016 and 2019 reach the end of support.' }
    ],
    scenarios: ALL,
    stepIds: ['keep-onprem-current', 'connector-onprem-to-cloud', 'onprem-relay-via-cloud'],
    checklist:
      'A required step, “Keep on-premises Exchange current (Exchange Server SE)”, wherever ' +
      'on-premises runs Exchange 2010 or later: the update routine, the Exchange admin center ' +
      'report and Get-OnPremServerReportInfo.',
    sources: [
      PLATFORM_SOURCES.upgradeToSe,
      PLATFORM_SOURCES.pauseThrottling,
      PLATFORM_SOURCES.exchangeRoadmap
    ],
    messageCenter: []
  },
  {
    id: 'dedicated-hybrid-app',
    title: 'The dedicated Exchange hybrid application',
    summary:
      'Rich coexistence (free/busy, MailTips, profile photos) moved from Exchange Online’s ' +
      'shared service principal to an application the organisation owns in Microsoft Entra ID, ' +
      'created by the current Hybrid Configuration Wizard (or ConfigureExchangeHybridApplication.ps1) ' +
      'on servers with the April 2025 hotfix update or later, and activated on-premises. EWS ' +
      'calls through the shared service principal are blocked. Microsoft says mail flow, ' +
      'migrations and management are not affected: a missed step shows as broken free/busy.',
    timeline: [
      { when: '2025-04-18', what: 'Microsoft announces the dedicated hybrid application.' },
      {
        when: '2025-10-31',
        what: 'EWS access through the shared service principal is permanently blocked.'
      },
      {
        when: '2026-05',
        what: 'With the May 2026 hotfix update, Graph API permissions can replace the EWS permissions in most hybrid scenarios.'
      },
      {
        when: 'unconfirmed',
        what: 'A deadline to move to Graph permissions (third parties name dates from October 2026 to April 2027): not confirmed by Microsoft.'
      }
    ],
    scenarios: ALL,
    stepIds: ['hybrid-configuration-wizard'],
    checklist:
      'The note on “Run the Hybrid Configuration Wizard”: run the current wizard after the April ' +
      '2025 hotfix update so the dedicated application exists and is activated on-premises, ' +
      'then check free/busy in both directions.',
    sources: [PLATFORM_SOURCES.dedicatedHybridApp, PLATFORM_SOURCES.hybridSecurityChanges],
    messageCenter: []
  },
  {
    id: 'reject-direct-send',
    title: 'Reject Direct Send',
    summary:
      'An organisation can make Exchange Online reject anonymous messages whose MAIL FROM ' +
      'domain is one of its accepted domains when they match no inbound connector ' +
      '(Set-OrganizationConfig -RejectDirectSend $true; 550 5.7.68). Only connectors that ' +
      'recognise the sender by IP address or certificate count. Mail from on-premises servers, ' +
      'applications and devices then depends on the OnPremises connector matching: after a ' +
      'certificate renewal that no longer matches, the organisation’s own mail bounces.',
    timeline: [
      {
        when: '2025-04-28',
        what: 'Microsoft introduces the RejectDirectSend setting (off unless turned on).'
      },
      {
        when: 'unconfirmed',
        what: 'General availability was reported as complete by September 2025 (message center post MC1093237).'
      }
    ],
    scenarios: ALL,
    stepIds: ['connector-onprem-to-cloud', 'renew-hybrid-certificate'],
    checklist:
      'Notes on the on-premises to Microsoft 365 connector and on the certificate renewal: ' +
      'before turning RejectDirectSend on, make sure every on-premises sender matches the ' +
      'OnPremises connector, and re-check the match after each certificate change.',
    sources: [PLATFORM_SOURCES.rejectDirectSend, PLATFORM_SOURCES.setOrganizationConfig],
    messageCenter: ['MC1093237']
  },
  {
    id: 'certificate-lifetime',
    title: 'Public TLS certificates last at most 200 days',
    summary:
      'Publicly trusted TLS certificates issued from 15 March 2026 are valid for at most 200 ' +
      'days, then 100 and 47 days. The certificate that identifies the on-premises servers to ' +
      'Exchange Online is renewed twice a year or more, and each renewal can stop the inbound ' +
      'connector (TlsSenderCertificateName) or the on-premises send connector ' +
      '(TlsCertificateName) from matching: relayed mail is then refused with 550 5.7.64.',
    timeline: [
      { when: '2025-04-11', what: 'The CA/Browser Forum adopts ballot SC-081v3.' },
      {
        when: '2025-06-04',
        what: 'Microsoft describes how a renewed certificate breaks hybrid mail flow and how to fix it.'
      },
      { when: '2026-03-15', what: 'Maximum validity 200 days.' },
      { when: '2027-03-15', what: 'Maximum validity 100 days.' },
      { when: '2029-03-15', what: 'Maximum validity 47 days.' }
    ],
    scenarios: ALL,
    stepIds: ['renew-hybrid-certificate', 'connector-onprem-to-cloud'],
    checklist:
      'A required, recurring step, “Renew the on-premises SMTP certificate and re-check the ' +
      'connectors”: set its due date to the next renewal and reopen it after each one.',
    sources: [
      PLATFORM_SOURCES.hybridCertificates,
      PLATFORM_SOURCES.certificateLifetimes,
      PLATFORM_SOURCES.certificateRequirements
    ],
    messageCenter: []
  },
  {
    id: 'smtp-auth-basic',
    title: 'SMTP AUTH with basic authentication switched off',
    summary:
      'Exchange Online retires basic authentication for SMTP client submission (SMTP AUTH): ' +
      'applications and devices that send with a user name and password get 550 5.7.30. Many ' +
      'are moved to the on-premises servers instead, which then relay their mail: more mail ' +
      'the OnPremises connector must recognise (certificate domain or MAIL FROM an accepted ' +
      'domain) and more external recipients counted for the tenant.',
    timeline: [
      {
        when: '2026-01-27',
        what: 'Microsoft revises its plan: no change through December 2026.'
      },
      {
        when: '2026-12',
        what: 'End of December 2026: basic authentication for SMTP AUTH is off by default in existing tenants (administrators can turn it on again) and unavailable in new ones.'
      },
      {
        when: 'unconfirmed',
        what: 'The final removal date: Microsoft will announce it in the second half of 2027.'
      }
    ],
    scenarios: ALL,
    stepIds: ['onprem-relay-via-cloud', 'connector-onprem-to-cloud'],
    checklist:
      'No new step: notes on the relay and connector steps ask to list the applications and ' +
      'devices that will relay through on-premises, and to include them in the tests of ' +
      '“Prove mail flow by the scenario’s route”.',
    sources: [PLATFORM_SOURCES.smtpAuthTimeline, PLATFORM_SOURCES.smtpAuthRetirement],
    messageCenter: []
  },
  {
    id: 'tenant-recipient-limit',
    title: 'Tenant-wide limit on external recipients',
    summary:
      'Exchange Online limits how many external recipients a tenant sends to in 24 hours ' +
      '(500 × licences^0.7 + 9,500; the Tenant Outbound External Recipients report in the ' +
      'Exchange admin center shows it). Where on-premises relays its internet mail through ' +
      'Exchange Online (scenarios 1 and 4, and 2 when mail goes back through Exchange Online), ' +
      'that mail is attributed to the tenant: Microsoft’s answers under its announcement say it ' +
      'counts, which the announcement itself does not state. Size the on-premises volume ' +
      'before the relay step, and send bulk mail through another service.',
    timeline: [
      { when: '2025-02-24', what: 'Microsoft announces the tenant outbound email limits.' },
      { when: '2025-04-03', what: 'Enforcement starts with the smallest tenants.' },
      {
        when: 'unconfirmed',
        what: 'Enforcement for the largest tenants was paused in 2025 and re-dated in 2026; check the report for your tenant.'
      }
    ],
    scenarios: [1, 2, 4],
    stepIds: ['onprem-relay-via-cloud'],
    checklist:
      'The note on “Send internet mail from on-premises through Microsoft 365”: check the ' +
      'tenant’s limit against the on-premises daily external recipients before the relay ' +
      'goes live.',
    sources: [PLATFORM_SOURCES.tenantOutboundLimits],
    messageCenter: ['MC1023294']
  },
  {
    id: 'bulk-sender-requirements',
    title: 'Bulk-sender requirements of large mailbox providers (SPF, DKIM, DMARC)',
    summary:
      'Gmail, Yahoo and Outlook.com require domains that send them more than 5,000 messages a ' +
      'day to pass SPF and DKIM and to publish DMARC (at least p=none) aligned with one of ' +
      'them; Outlook.com rejects the rest with 550 5.7.515. Every route the domain’s mail takes ' +
      'must pass: in scenario 3 on-premises sends directly and Exchange Server does not ' +
      'DKIM-sign, so SPF alignment carries DMARC there.',
    timeline: [
      { when: '2024-02', what: 'Gmail and Yahoo requirements for bulk senders take effect.' },
      {
        when: '2025-05-05',
        what: 'Outlook.com (outlook.com, hotmail.com, live.com) enforces its requirements.'
      }
    ],
    scenarios: ALL,
    stepIds: ['dns-spf', 'verify-mail-flow'],
    checklist:
      'Notes on the SPF step and on “Prove mail flow by the scenario’s route”: the SPF record ' +
      'lists every sender, and the test messages to an external mailbox show spf, dkim and ' +
      'dmarc passing in Authentication-Results.',
    sources: [
      PLATFORM_SOURCES.outlookSenderRequirements,
      PLATFORM_SOURCES.emailAuthentication,
      GOOGLE_SENDER_GUIDELINES
    ],
    messageCenter: []
  }
]

/** The changes that touch `stepId` in `scenario`, in the table's order. */
export function platformChangesFor(stepId: StepId, scenario: Scenario): PlatformChange[] {
  return PLATFORM_CHANGES.filter(
    (change) => change.stepIds.includes(stepId) && change.scenarios.includes(scenario)
  )
}

/** A date as people read it: "14 October 2025", "March 2023", or "date not confirmed". */
export function describeWhen(when: ChangeWhen): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(when)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || month === undefined) return 'date not confirmed'
  const day = match[3] === undefined ? '' : `${Number(match[3])} `
  return `${day}${month} ${match[1]}`
}
