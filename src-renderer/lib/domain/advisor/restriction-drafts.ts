/**
 * The inbound restriction to the on-premises addresses (the reference's "Example 3"), scoped to
 * this domain: one connector may restrict several domains through AssociatedAcceptedDomains, so the
 * runbook takes out or adds only this domain (@{Remove=…}/@{Add=…}, Set-InboundConnector) and
 * removes a connector only when this domain is its only one. An empty AssociatedAcceptedDomains
 * applies the connector to every accepted domain, so such a connector is never narrowed blindly.
 * Sources are cited as in ./index.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { registeredNote, type Draft } from './draft-parts'
import { psQuote, type Facts } from './facts'
import { domainList, restrictionsOf, unscopedRestrictions } from './tenant'
import type { Transition } from './transition'
import type { RegisteredConnector } from './types'

/** How the restriction of this domain is taken away. */
export type RestrictionRemoval =
  /** Nothing registered: the text says how to tell the cases apart. */
  | { kind: 'unknown' }
  /** Registered restrictions, none of them for this domain. */
  | { kind: 'none' }
  | { kind: 'scoped'; remove: RegisteredConnector[]; narrow: RegisteredConnector[] }
  /** Restrictions whose domains are not known here: read them first. */
  | { kind: 'unscoped'; connectors: RegisteredConnector[] }

export function restrictionRemoval(f: Facts): RestrictionRemoval {
  if (f.restrictions.length === 0) return { kind: 'unknown' }
  const domain = f.tenant.domain
  const mine = restrictionsOf(f.restrictions, domain)
  const unscoped = unscopedRestrictions(f.restrictions)
  const alone = f.tenant.othersKnown && f.tenant.others.length === 0
  if (mine.length === 0 && unscoped.length === 0) return { kind: 'none' }
  if (unscoped.length > 0 && !alone) return { kind: 'unscoped', connectors: unscoped }
  const only = (c: RegisteredConnector): boolean =>
    (c.associatedAcceptedDomains ?? []).every((d) => d === domain)
  const all = [...mine, ...unscoped]
  return { kind: 'scoped', remove: all.filter(only), narrow: all.filter((c) => !only(c)) }
}

/** How the restriction of this domain is put (back) in place. */
export type RestrictionAddition =
  | { kind: 'present'; connectors: RegisteredConnector[] }
  | { kind: 'recreate'; connector: RegisteredConnector }
  | { kind: 'extend'; connector: RegisteredConnector }
  | { kind: 'create' }

export function restrictionAddition(f: Facts): RestrictionAddition {
  const mine = restrictionsOf(f.restrictions, f.tenant.domain)
  if (mine.length > 0) return { kind: 'present', connectors: mine }
  const removed = f.tenant.removedRestriction
  if (removed !== null) return { kind: 'recreate', connector: removed }
  const unscoped = unscopedRestrictions(f.restrictions)
  if (unscoped.length > 0) return { kind: 'present', connectors: unscoped }
  const [shared] = f.restrictions
  return shared === undefined ? { kind: 'create' } : { kind: 'extend', connector: shared }
}

const REMOVE_UNKNOWN =
  'Read the connector’s AssociatedAcceptedDomains first (command below).\n' +
  "If it lists only <domain>: Remove-InboundConnector -Identity '<restrictionConnector>'\n" +
  "If it lists other domains too: Set-InboundConnector -Identity '<restrictionConnector>' " +
  "-AssociatedAcceptedDomains @{Remove='<domain>'}\n" +
  'If it lists none, it restricts every accepted domain: list the domains that keep MX ' +
  'on-premises instead of removing it.'

function removalChange(f: Facts): Draft['change'] {
  const removal = restrictionRemoval(f)
  switch (removal.kind) {
    case 'unknown':
      return { kind: 'manual', text: REMOVE_UNKNOWN }
    case 'none':
      return undefined
    case 'unscoped':
      return {
        kind: 'manual',
        text:
          `${removal.connectors.map((c) => `“${c.name}”`).join(', ')} list no accepted ` +
          'domains here, so they may restrict every accepted domain, ' +
          `${domainList(f.tenant.others)} included. ${REMOVE_UNKNOWN}`
      }
    case 'scoped':
      return {
        kind: 'powershell',
        text: [
          ...removal.narrow.map(
            (c) =>
              `Set-InboundConnector -Identity ${psQuote(c.name)} -AssociatedAcceptedDomains @{Remove='<domain>'}`
          ),
          ...removal.remove.map((c) => `Remove-InboundConnector -Identity ${psQuote(c.name)}`)
        ].join('\n')
      }
  }
}

export function removeRestrictionDraft(t: Transition, f: Facts): Draft {
  const removal = restrictionRemoval(f)
  const shared =
    removal.kind === 'scoped' && removal.narrow.length > 0
      ? ` ${removal.narrow.map((c) => `“${c.name}”`).join(', ')} also restricts other domains: only <domain> is taken out of its AssociatedAcceptedDomains, so they keep their restriction.`
      : ''
  return {
    title: 'Remove or re-scope the on-premises-only restriction',
    why:
      'While MX pointed on-premises, an inbound connector (the reference’s “Example 3”) made ' +
      'Microsoft 365 accept mail for <domain> only from the on-premises addresses ' +
      '(<onPremIps>). Once MX points to Microsoft 365, internet mail reaches Exchange Online ' +
      'Protection directly and that connector would reject it.' +
      shared +
      (removal.kind === 'none'
        ? ' No registered restriction lists <domain>: nothing to remove.'
        : '') +
      registeredNote(f.restrictions),
    when:
      t.mode === 'rollback'
        ? 'In the rollback window, immediately before the MX change'
        : 'In the cut-over window, immediately before the MX change',
    change: removalChange(f),
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,AssociatedAcceptedDomains,' +
      'SenderIPAddresses,RestrictDomainsToIPAddresses\n' +
      '# no connector restricts <domain> to the on-premises addresses; the others keep theirs',
    risk:
      'Left in place it rejects every internet message that reaches Exchange Online ' +
      'Protection once MX moves; removed days early, senders can skip the on-premises ' +
      'filtering by connecting to Exchange Online Protection directly.',
    // Internal note: reference page, scenarios 3 and 4 step 5 (“Example 3”); domain-brief 1.5; seed rules 3→2 and 4→1.
    source: PUBLIC_SOURCES.setInboundConnector
  }
}

function newRestriction(name: string, type: string): string {
  return (
    `New-InboundConnector -Name ${name} -ConnectorType ${type} ` +
    "-SenderDomains '*' -AssociatedAcceptedDomains '<domain>' -SenderIPAddresses <connectorIps> " +
    '-RestrictDomainsToIPAddresses $true'
  )
}

function additionChange(f: Facts): Draft['change'] {
  const addition = restrictionAddition(f)
  switch (addition.kind) {
    case 'present':
      return undefined
    case 'recreate':
      return {
        kind: 'powershell',
        text: newRestriction(psQuote(addition.connector.name), addition.connector.type)
      }
    case 'extend':
      return {
        kind: 'powershell',
        text: `Set-InboundConnector -Identity ${psQuote(addition.connector.name)} -AssociatedAcceptedDomains @{Add='<domain>'}`
      }
    case 'create':
      return { kind: 'powershell', text: newRestriction("'<restrictionConnector>'", 'Partner') }
  }
}

export function restrictInboundDraft(t: Transition, f: Facts): Draft {
  const addition = restrictionAddition(f)
  return {
    title: 'Accept mail for the domain only from on-premises IP addresses',
    why:
      'With MX on-premises, the reference (step 5 of scenarios 3 and 4, its “Example 3”) ' +
      'restricts what Microsoft 365 accepts for <domain> to the on-premises addresses ' +
      '(<onPremIps>), so senders cannot skip the on-premises filtering.' +
      (addition.kind === 'extend'
        ? ` “${addition.connector.name}” already restricts other domains: <domain> is added to its AssociatedAcceptedDomains, theirs stay.`
        : addition.kind === 'recreate'
          ? ` The runbook removed “${addition.connector.name}”: it comes back as it was.`
          : addition.kind === 'present'
            ? ` Already in place: ${addition.connectors.map((c) => `“${c.name}”`).join(', ')}.`
            : '') +
      registeredNote(f.restrictions),
    when:
      t.mode === 'rollback'
        ? 'After the rollback’s MX change, once the lowered TTL has passed'
        : 'After the MX change, once the lowered TTL has passed',
    change: additionChange(f),
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,SenderDomains,' +
      'AssociatedAcceptedDomains,SenderIPAddresses,RestrictDomainsToIPAddresses',
    risk:
      'Added too early it rejects mail from senders that still use the old MX; a missing ' +
      'on-premises address rejects the mail on-premises passes on.',
    // Internal note: reference page, scenarios 3 and 4 step 5; domain-brief 1.5; seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.multipleLocations
  }
}
