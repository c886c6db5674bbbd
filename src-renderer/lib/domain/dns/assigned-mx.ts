/**
 * The Exchange Online Protection MX host is Microsoft's to assign, and the app never presents a
 * worked-out host as the value to publish: new accepted domains get hosts under mx.microsoft
 * (contoso-com.o-v1.mx.microsoft) that no rule computes (Message center MC1048624; domain-brief
 * 1.1 and 7.8). Until the user enters the assigned host, every screen asks for it and says where
 * Microsoft shows it; the old pattern appears only as a labelled guess.
 */
import type { MicrosoftCloud } from '../cloud'
import { PUBLIC_SOURCES } from '../public-sources'
import { predictEopMx } from './mx'

/** One place Microsoft shows a domain's assigned MX host, with the public page that says so. */
export type AssignedMxSource = { where: string; source: string }

/** Where the assigned MX host of `domainName` is shown: the admin center, Graph, PowerShell. */
export function assignedMxSources(domainName: string): AssignedMxSource[] {
  return [
    {
      where: `Microsoft 365 admin center → Settings → Domains → ${domainName} → DNS records: the MX record’s “Points to address”.`,
      source: PUBLIC_SOURCES.dnsRecords
    },
    {
      where: `Microsoft Graph: GET /domains/${domainName}/serviceConfigurationRecords, the MX record’s mailExchange.`,
      source: PUBLIC_SOURCES.graphServiceRecords
    },
    {
      where: `Exchange Online PowerShell: Get-DnssecStatusForVerifiedDomain -DomainName ${domainName}, its ExpectedMxRecord.`,
      source: PUBLIC_SOURCES.dnssecStatus
    }
  ]
}

/** The request shown wherever the assigned host is needed and not entered. */
export function assignedMxRequest(domainName: string): string {
  return (
    `Enter the MX host Microsoft assigned to ${domainName} on its DNS tab: ` +
    `Microsoft 365 admin center → Settings → Domains → ${domainName} → DNS records. ` +
    'New domains get a host under mx.microsoft that cannot be worked out from the domain name.'
  )
}

/** The host the old naming pattern gives: a guess, never the value to publish. */
export type MxGuess = {
  host: string
  /** False when even the old pattern is unlikely to hold (hyphens, a key over 63 characters). */
  likely: boolean
  /** What to show beside it. */
  label: string
}

/** The labelled guess for `domainName` in `cloud`, or null when the name is not a domain. */
export function mxGuess(domainName: string, cloud: MicrosoftCloud): MxGuess | null {
  try {
    const prediction = predictEopMx(domainName, cloud)
    return {
      host: prediction.host,
      likely: prediction.confident,
      label: prediction.confident
        ? 'It follows the pattern of older domains; domains added from July 2026 (MC1048624) get a host under mx.microsoft instead.'
        : 'Probably wrong even for an older domain: Microsoft adds a suffix to the host of a domain with hyphens or a long name.'
    }
  } catch {
    return null
  }
}
