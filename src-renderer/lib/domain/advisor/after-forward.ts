/**
 * The facts as the forward runbook leaves the tenant, so that its rollback starts from there: it
 * recreates what the forward removed (by the same name), takes out only what the forward added,
 * and never touches an object the forward removed.
 */
import { cmtOff, cmtOn } from './cmt-drafts'
import type { Facts } from './facts'
import { restrictionAddition, restrictionRemoval } from './restriction-drafts'
import { RULES, type Transition } from './transition'
import type { RegisteredConnector } from './types'

type Shared = Pick<Facts, 'outbound' | 'inbound' | 'restrictions' | 'tenant'>

function withoutRestriction(s: Shared, f: Facts): Shared {
  const removal = restrictionRemoval(f)
  if (removal.kind !== 'scoped') return s
  const domain = f.tenant.domain
  const removed = new Set(removal.remove.map((c) => c.name))
  const narrowed = new Set(removal.narrow.map((c) => c.name))
  const restrictions = s.restrictions
    .filter((c) => !removed.has(c.name))
    .map((c) =>
      narrowed.has(c.name)
        ? {
            ...c,
            associatedAcceptedDomains: (c.associatedAcceptedDomains ?? []).filter(
              (d) => d !== domain
            )
          }
        : c
    )
  const [first] = removal.remove
  return {
    ...s,
    restrictions,
    tenant: { ...s.tenant, removedRestriction: first ?? null }
  }
}

function withRestriction(s: Shared, f: Facts): Shared {
  const addition = restrictionAddition(f)
  const domain = f.tenant.domain
  if (addition.kind === 'extend')
    return {
      ...s,
      restrictions: s.restrictions.map((c) =>
        c.name === addition.connector.name
          ? { ...c, associatedAcceptedDomains: [...(c.associatedAcceptedDomains ?? []), domain] }
          : c
      )
    }
  if (addition.kind === 'present') return s
  const created: RegisteredConnector =
    addition.kind === 'recreate'
      ? addition.connector
      : {
          name: f.values.restrictionConnector ?? '',
          direction: 'partner',
          type: 'Partner',
          routeAllMessagesViaOnPremises: false,
          recipientDomains: [],
          status: 'created',
          restrictDomainsToIps: true,
          associatedAcceptedDomains: [domain]
        }
  return { ...s, restrictions: [...s.restrictions, created] }
}

function withCmt(s: Shared, f: Facts, on: boolean): Shared {
  const kind = on ? cmtOn(f) : cmtOff(f)
  if (kind === 'conditional') return { ...s, tenant: { ...s.tenant, conditional: on } }
  if (kind !== 'switch') return s
  return {
    ...s,
    outbound: s.outbound.map((c) => ({ ...c, routeAllMessagesViaOnPremises: on })),
    tenant: { ...s.tenant, cmtSwitchOn: on }
  }
}

/** Leaving centralized transport with no other domain: * gives way to this domain. */
function withoutWildcard(s: Shared, f: Facts): Shared {
  if (f.tenant.others.length > 0) return s
  const domain = f.tenant.domain
  const removed: { name: string; addedDomain: boolean }[] = []
  const outbound = s.outbound.map((c) => {
    if (!c.recipientDomains.includes('*')) return c
    const addedDomain = !c.recipientDomains.includes(domain)
    removed.push({ name: c.name, addedDomain })
    const kept = c.recipientDomains.filter((d) => d !== '*')
    return { ...c, recipientDomains: addedDomain ? [...kept, domain] : kept }
  })
  return { ...s, outbound, tenant: { ...s.tenant, wildcardRemoved: removed } }
}

/** The facts once every action of `forward` has run. */
export function afterForward(forward: Transition, f: Facts): Facts {
  let s: Shared = {
    outbound: f.outbound,
    inbound: f.inbound,
    restrictions: f.restrictions,
    tenant: f.tenant
  }
  if (RULES['remove-inbound-ip-restriction'](forward)) s = withoutRestriction(s, f)
  if (RULES['restrict-inbound-to-mx-path'](forward)) s = withRestriction(s, f)
  if (RULES['enable-cmt'](forward)) s = withCmt(s, f, true)
  if (RULES['disable-cmt'](forward)) s = withCmt(s, f, false)
  if (RULES['check-outbound-recipient-domains'](forward)) s = withoutWildcard(s, f)
  return { ...f, ...s }
}
