/**
 * An action's texts before its values are filled, from the module of its kind of change: DNS,
 * Exchange Online connectors, or transport.
 */
import { connectorDraftFor } from './connector-drafts'
import type { Draft } from './draft-parts'
import { dnsDraftFor } from './dns-drafts'
import type { Facts } from './facts'
import type { Transition } from './transition'
import { transportDraftFor } from './transport-drafts'
import type { TransitionActionId } from './types'

/** The draft of action `id` for transition `t`; every id has one. */
export function draftFor(id: TransitionActionId, t: Transition, f: Facts): Draft {
  switch (id) {
    case 'confirm-eop-mx-host':
    case 'dns-spf':
    case 'lower-mx-ttl':
    case 'dns-mx-eop':
    case 'dns-mx-onprem':
    case 'restore-mx-ttl':
      return dnsDraftFor(id, t, f)
    case 'connector-cloud-to-onprem':
    case 'connector-onprem-to-cloud':
    case 'remove-inbound-ip-restriction':
    case 'restrict-inbound-to-mx-path':
    case 'check-outbound-recipient-domains':
      return connectorDraftFor(id, t, f)
    case 'onprem-relay-via-cloud':
    case 'check-onprem-send-connector':
    case 'onprem-send-direct':
    case 'enable-cmt':
    case 'disable-cmt':
    case 'accept-mail-from-eop':
    case 'verify-mail-flow':
      return transportDraftFor(id, t, f)
  }
}
