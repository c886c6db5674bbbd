/**
 * The connector form's fields as the user edits them (lists as text), and the ConnectorInput they
 * make. Fields of the other side (smart hosts on an inbound connector, a certificate on an
 * outbound one) are left out of the input, so switching sides never leaves hidden values behind.
 */
import type { ConnectorInput, ConnectorSide, TlsSettings } from '../../domain/connectors/model'
import { sideOf } from '../../domain/connectors/model'
import { splitList } from '../../domain/validation'

export type IdentificationKind = 'certificate' | 'ip' | 'none'

/** The lists the form edits as text (split by splitList). */
type ListField = 'smartHosts' | 'recipientDomains' | 'senderDomains' | 'associatedAcceptedDomains'

/** The connector's text fields and switches as stored; lists, identification and TLS as typed. */
export type ConnectorFormState = Omit<
  ConnectorInput,
  'side' | 'identification' | 'tlsSettings' | 'tlsDomain' | ListField
> &
  Record<ListField, string> & {
    /** The cmdlet family of a partner connector (the other directions imply it). */
    partnerSide: ConnectorSide
    identificationKind: IdentificationKind
    certificateName: string
    senderIps: string
    tlsSettings: TlsSettings | ''
    tlsDomain: string
  }

/** The form's fields for an existing connector, or a new one's defaults. */
export function formStateOf(connector?: ConnectorInput): ConnectorFormState {
  const id = connector?.identification ?? { kind: 'certificate', certificateName: '' }
  return {
    name: connector?.name ?? '',
    direction: connector?.direction ?? 'onprem-to-cloud',
    partnerSide: connector?.side ?? 'inbound',
    type: connector?.type ?? 'OnPremises',
    identificationKind: id.kind,
    certificateName: id.kind === 'certificate' ? id.certificateName : '',
    senderIps: id.kind === 'ip' ? id.senderIps.join(', ') : '',
    requireTls: connector?.requireTls ?? true,
    tlsSettings: connector?.tlsSettings ?? '',
    tlsDomain: connector?.tlsDomain ?? '',
    smartHosts: (connector?.smartHosts ?? []).join(', '),
    recipientDomains: (connector?.recipientDomains ?? []).join(', '),
    senderDomains: (connector?.senderDomains ?? ['*']).join(', '),
    associatedAcceptedDomains: (connector?.associatedAcceptedDomains ?? []).join(', '),
    routeAllMessagesViaOnPremises: connector?.routeAllMessagesViaOnPremises ?? false,
    cloudServicesMailEnabled: connector?.cloudServicesMailEnabled ?? false,
    restrictDomainsToIps: connector?.restrictDomainsToIps ?? false,
    enabled: connector?.enabled ?? true,
    createdByHybridWizard: connector?.createdByHybridWizard ?? false,
    status: connector?.status ?? 'planned',
    notes: connector?.notes ?? '',
    stepIds: [...(connector?.stepIds ?? [])]
  }
}

/** The side the form's direction implies. */
export function formSide(
  state: Pick<ConnectorFormState, 'direction' | 'partnerSide'>
): ConnectorSide {
  return sideOf(state.direction, state.partnerSide)
}

/** The ConnectorInput of the form, for validateConnectorInput and the repository. */
export function inputOfForm(state: ConnectorFormState): ConnectorInput {
  const side = formSide(state)
  const inbound = side === 'inbound'
  const input: ConnectorInput = {
    name: state.name,
    side,
    direction: state.direction,
    type: state.type,
    identification: !inbound
      ? { kind: 'none' }
      : state.identificationKind === 'certificate'
        ? { kind: 'certificate', certificateName: state.certificateName }
        : state.identificationKind === 'ip'
          ? { kind: 'ip', senderIps: splitList(state.senderIps) }
          : { kind: 'none' },
    requireTls: inbound ? state.requireTls : state.tlsSettings !== '',
    smartHosts: inbound ? [] : splitList(state.smartHosts),
    recipientDomains: inbound ? [] : splitList(state.recipientDomains),
    senderDomains: inbound ? splitList(state.senderDomains) : [],
    associatedAcceptedDomains: inbound ? splitList(state.associatedAcceptedDomains) : [],
    routeAllMessagesViaOnPremises: !inbound && state.routeAllMessagesViaOnPremises,
    cloudServicesMailEnabled: state.cloudServicesMailEnabled,
    restrictDomainsToIps: inbound && state.restrictDomainsToIps,
    enabled: state.enabled,
    createdByHybridWizard: state.createdByHybridWizard,
    status: state.status,
    notes: state.notes,
    stepIds: [...state.stepIds]
  }
  if (!inbound && state.tlsSettings !== '') input.tlsSettings = state.tlsSettings
  if (!inbound && state.tlsSettings === 'DomainValidation' && state.tlsDomain.trim() !== '') {
    input.tlsDomain = state.tlsDomain
  }
  return input
}
