/**
 * The public pages behind the platform changes and the steps they added: Microsoft Learn, the
 * Exchange Team blog, the Microsoft Defender for Office 365 blog and, for certificate lifetimes,
 * the CA/Browser Forum's ballot. Dates in the titles are the pages' own publication dates.
 */
import type { SourceLink } from '../types'

const LEARN = 'https://learn.microsoft.com/en-us'
const BLOG = 'https://techcommunity.microsoft.com'

export const PLATFORM_SOURCES = {
  smtpDane: {
    url: `${LEARN}/purview/how-smtp-dane-works`,
    title: 'How SMTP DNS-based Authentication of Named Entities (DANE) works'
  },
  daneGeneralAvailability: {
    url: `${BLOG}/blog/exchange/announcing-general-availability-of-inbound-smtp-dane-with-dnssec-for-exchange-on/4281292`,
    title:
      'Announcing General Availability of Inbound SMTP DANE with DNSSEC for Exchange Online (Exchange Team blog, 2024-10-28)'
  },
  upgradeToSe: {
    url: `${LEARN}/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se`,
    title: 'Upgrade to Exchange Server SE'
  },
  exchangeRoadmap: {
    url: `${BLOG}/t5/exchange-team-blog/exchange-server-roadmap-update/ba-p/4132742`,
    title: 'Exchange Server Roadmap Update (Exchange Team blog, 2024-05)'
  },
  pauseThrottling: {
    url: `${BLOG}/t5/exchange-team-blog/how-to-pause-throttling-and-blocking-of-out-of-date-on-premises/ba-p/4007169`,
    title:
      'How to pause throttling and blocking of out-of-date on-premises Exchange Servers (Exchange Team blog, 2023-12-12)'
  },
  dedicatedHybridApp: {
    url: `${LEARN}/exchange/hybrid-deployment/deploy-dedicated-hybrid-app`,
    title: 'Deploy dedicated Exchange hybrid app'
  },
  hybridSecurityChanges: {
    url: `${BLOG}/blog/exchange/exchange-server-security-changes-for-hybrid-deployments/4396833`,
    title:
      'Exchange Server Security Changes for Hybrid Deployments (Exchange Team blog, 2025-04-18)'
  },
  rejectDirectSend: {
    url: `${BLOG}/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790`,
    title:
      'Introducing more control over Direct Send in Exchange Online (Exchange Team blog, 2025-04-28)'
  },
  setOrganizationConfig: {
    url: `${LEARN}/powershell/module/exchange/set-organizationconfig`,
    title: 'Set-OrganizationConfig (RejectDirectSend)'
  },
  hybridCertificates: {
    url: `${BLOG}/blog/exchange/tls-certificates-in-exchange-hybrid---common-issues--how-to-fix-them/4420592`,
    title:
      'TLS Certificates in Exchange Hybrid – Common Issues & How to Fix them (Exchange Team blog, 2025-06-04)'
  },
  certificateRequirements: {
    url: `${LEARN}/exchange/certificate-requirements`,
    title: 'Certificate requirements for hybrid deployments'
  },
  certificateLifetimes: {
    url: 'https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/',
    title:
      'Ballot SC081v3: Introduce Schedule of Reducing Validity and Data Reuse Periods (CA/Browser Forum, 2025-04-11)'
  },
  smtpAuthRetirement: {
    url: `${BLOG}/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750`,
    title:
      'Exchange Online to retire Basic auth for Client Submission (SMTP AUTH) (Exchange Team blog)'
  },
  smtpAuthTimeline: {
    url: `${BLOG}/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835`,
    title:
      'Updated Exchange Online SMTP AUTH Basic Authentication Deprecation Timeline (Exchange Team blog, 2026-01-27)'
  },
  tenantOutboundLimits: {
    url: `${BLOG}/blog/exchange/introducing-exchange-online-tenant-outbound-email-limits/4372797`,
    title:
      'Introducing Exchange Online Tenant Outbound Email Limits (Exchange Team blog, 2025-02-24, updated since)'
  },
  outlookSenderRequirements: {
    url: `${BLOG}/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730`,
    title:
      'Strengthening Email Ecosystem: Outlook’s New Requirements for High‐Volume Senders (Microsoft Defender for Office 365 blog, 2025-04-02)'
  },
  emailAuthentication: {
    url: `${LEARN}/defender-office-365/email-authentication-about`,
    title: 'Email authentication in Microsoft 365'
  }
} as const satisfies Record<string, SourceLink>
