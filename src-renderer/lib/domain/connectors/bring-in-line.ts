/**
 * What "Bring in line" sets on a recorded connector: its recorded values, with each value the
 * connector register flags replaced by the one the warning asks for, so the proposed Set- command
 * never re-applies what was flagged. Each replacement is said in a sentence beside the command.
 */
import { classifyMxHost } from '../dns/mx'
import { isUnder, normaliseHostname } from '../net/hostname'
import type { Domain, Project } from '../types'
import { connectorWarnings, onPremisesCertificateName } from './connector-rules'
import type { Connector, ConnectorInput } from './model'
import { domainPatternCovers } from './model'
import type { ConnectorWarningCode } from './warning-codes'

export type BroughtInLine = {
  connector: ConnectorInput
  /** One sentence per value replaced, naming the old and new value and why. */
  changes: string[]
}

type Fix = (connector: ConnectorInput, project: Project, own: Domain[]) => BroughtInLine | null

// A retired Microsoft host fails with 451 4.4.62: an OnPremises connector's smart host is the
// on-premises mail host; a Partner connector without smart hosts uses the partner's MX.
const replaceRetiredSmartHosts: Fix = (connector, project) => {
  const retired = connector.smartHosts.filter((host) => classifyMxHost(host) === 'eop-legacy')
  if (retired.length === 0) return null
  const kept = connector.smartHosts.filter((host) => !retired.includes(host))
  const onPremHost = normaliseHostname(project.onPremHost)
  const replacement =
    connector.type === 'OnPremises' && kept.length === 0 ? onPremHost || '<onPremHost>' : null
  const smartHosts = replacement === null ? kept : [replacement]
  const instead =
    replacement !== null
      ? `the on-premises mail host ${replacement}`
      : kept.length > 0
        ? kept.join(', ')
        : 'the recipients’ MX records (UseMXRecord $true)'
  return {
    connector: { ...connector, smartHosts },
    changes: [
      `SmartHosts: the retired host ${retired.join(', ')} is replaced by ${instead}, because mail sent to it fails with 451 4.4.62.`
    ]
  }
}

// RecipientDomains * belongs to centralized mail transport. The connector is shared by every
// domain, so the list proposed instead holds every project domain, and says so.
const scopeAllRecipients: Fix = (connector, _project, own) => {
  if (
    connector.side !== 'outbound' ||
    connector.routeAllMessagesViaOnPremises ||
    !connector.recipientDomains.includes('*')
  )
    return null
  const names = own.map((domain) => domain.name)
  const others = connector.recipientDomains.filter(
    (pattern) => pattern !== '*' && !names.some((name) => domainPatternCovers(pattern, name))
  )
  const recipientDomains = [...names, ...others]
  if (recipientDomains.length === 0) return null
  return {
    connector: { ...connector, recipientDomains },
    changes: [
      `RecipientDomains: * is replaced by every domain of the project (${names.join(', ')}), because without centralized mail transport * sends all mail from Exchange Online to this connector. The connector serves every domain: add any other domain whose mailboxes are on-premises before you run it.`
    ]
  }
}

// The connector's certificate must be the on-premises certificate, in a domain the organisation
// owns; propose the project's recorded name when it is one.
const useProjectCertificate: Fix = (connector, project, own) => {
  const id = connector.identification
  const recorded = onPremisesCertificateName(project)
  if (id.kind !== 'certificate' || recorded === '') return null
  if (!own.some((domain) => isUnder(recorded, domain.name))) return null
  return {
    connector: { ...connector, identification: { kind: 'certificate', certificateName: recorded } },
    changes: [
      `TlsSenderCertificateName: ${id.certificateName} is replaced by ${recorded}, the on-premises certificate recorded in the project profile.`
    ]
  }
}

/** The flagged values each fix replaces, in the order the fixes apply. */
const FIXES: readonly { codes: readonly ConnectorWarningCode[]; fix: Fix }[] = [
  { codes: ['retired-smart-host'], fix: replaceRetiredSmartHosts },
  { codes: ['all-recipients-without-cmt'], fix: scopeAllRecipients },
  { codes: ['certificate-matches-no-domain', 'wildcard-certificate'], fix: useProjectCertificate }
]

/**
 * The values "Bring in line" sets on `connector`: the recorded ones, with every flagged value the
 * register can correct replaced (a retired smart host, RecipientDomains * without centralized
 * transport, a certificate name outside the organisation's domains or the project's certificate).
 * `domains` are the project's domains: a connector serves all of them.
 */
export function bringInLine(
  connector: Connector,
  project: Project,
  domains: readonly Domain[]
): BroughtInLine {
  const own = domains.filter((domain) => domain.projectId === project.id)
  const flagged = new Set(connectorWarnings(connector, project, own).map((w) => w.code))
  let result: BroughtInLine = { connector, changes: [] }
  for (const { codes, fix } of FIXES) {
    if (!codes.some((code) => flagged.has(code))) continue
    const fixed = fix(result.connector, project, own)
    if (fixed !== null) {
      result = { connector: fixed.connector, changes: [...result.changes, ...fixed.changes] }
    }
  }
  return result
}
