/**
 * The project's Exchange Online connectors: direction, type, how the on-premises servers are
 * identified, TLS, routing, centralized mail transport, and the checklist steps each satisfies.
 * Sources: domain-brief 1.5 (parameters, identification) and 1.6 (what the Hybrid Configuration
 * Wizard creates and how it names it).
 */
import { normaliseHostname, validateDomainName, validateHostName } from '../net/hostname'
import { validateIpOrCidr } from '../net/ip'
import type { RowMeta, StepId } from '../types'
import type { FieldErrors } from '../validation'

/** Microsoft 365 to on-premises (outbound), on-premises to Microsoft 365 (inbound), or a partner. */
export type ConnectorDirection = 'cloud-to-onprem' | 'onprem-to-cloud' | 'partner'

export type ConnectorType = 'OnPremises' | 'Partner'

/** Which cmdlet family the connector belongs to: New-InboundConnector or New-OutboundConnector. */
export type ConnectorSide = 'inbound' | 'outbound'

export type ConnectorIdentification =
  | { kind: 'certificate'; certificateName: string }
  | { kind: 'ip'; senderIps: string[] }
  | { kind: 'none' }

export type TlsSettings = 'EncryptionOnly' | 'CertificateValidation' | 'DomainValidation'

export type ConnectorStatus = 'planned' | 'created' | 'verified'

export const CONNECTOR_STATUSES: readonly ConnectorStatus[] = ['planned', 'created', 'verified']
export const TLS_SETTINGS: readonly TlsSettings[] = [
  'EncryptionOnly',
  'CertificateValidation',
  'DomainValidation'
]

/** What a connector form edits (a stored connector adds RowMeta and the project id). */
export type ConnectorInput = {
  name: string
  side: ConnectorSide
  direction: ConnectorDirection
  type: ConnectorType
  /** Inbound only: TlsSenderCertificateName, or SenderIPAddresses. */
  identification: ConnectorIdentification
  requireTls: boolean
  /** Outbound only. */
  tlsSettings?: TlsSettings
  /** Outbound with DomainValidation: the name the on-premises certificate must carry. */
  tlsDomain?: string
  smartHosts: string[]
  recipientDomains: string[]
  senderDomains: string[]
  /** Inbound: the accepted domains the connector applies to ("Example 3" scoping). */
  associatedAcceptedDomains: string[]
  /** The centralized mail transport switch (outbound OnPremises only). */
  routeAllMessagesViaOnPremises: boolean
  cloudServicesMailEnabled: boolean
  /** Inbound: RestrictDomainsToIPAddresses. */
  restrictDomainsToIps: boolean
  enabled: boolean
  createdByHybridWizard: boolean
  status: ConnectorStatus
  notes: string
  /** The checklist steps the connector satisfies; [] asks for the default (defaultStepIds). */
  stepIds: StepId[]
}

export type Connector = RowMeta & { projectId: string } & ConnectorInput

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

/** The names the Hybrid Configuration Wizard gives its connectors (domain-brief 1.6). */
export const HYBRID_WIZARD_NAMES: Readonly<Record<'inbound' | 'outbound' | 'onprem-send', RegExp>> =
  {
    inbound: new RegExp(`^Inbound from ${GUID}$`, 'i'),
    outbound: new RegExp(`^Outbound to ${GUID}$`, 'i'),
    'onprem-send': new RegExp(`^Outbound to Office 365 - ${GUID}$`, 'i')
  }

/**
 * Which wizard connector a name is: the Exchange Online inbound ("Inbound from <GUID>") or
 * outbound ("Outbound to <GUID>") connector, or the on-premises send connector ("Outbound to
 * Office 365 - <GUID>"); null for any other name.
 */
export function hybridWizardConnector(name: string): 'inbound' | 'outbound' | 'onprem-send' | null {
  const text = name.trim()
  for (const [kind, pattern] of Object.entries(HYBRID_WIZARD_NAMES)) {
    if (pattern.test(text)) return kind as 'inbound' | 'outbound' | 'onprem-send'
  }
  return null
}

/** The side a direction implies; a partner connector may be either. */
export function sideOf(direction: ConnectorDirection, partnerSide: ConnectorSide): ConnectorSide {
  if (direction === 'cloud-to-onprem') return 'outbound'
  if (direction === 'onprem-to-cloud') return 'inbound'
  return partnerSide
}

/**
 * The checklist steps a connector satisfies by default: outbound OnPremises → the Microsoft 365 to
 * on-premises connector (and centralized mail transport when it is on); inbound OnPremises → the
 * on-premises to Microsoft 365 connector; an inbound connector restricting domains to IPs → the
 * "Example 3" step; other partner connectors → partner connectors; wizard-made connectors also
 * show the wizard ran.
 */
export function defaultStepIds(
  input: Pick<
    ConnectorInput,
    | 'side'
    | 'direction'
    | 'type'
    | 'routeAllMessagesViaOnPremises'
    | 'restrictDomainsToIps'
    | 'createdByHybridWizard'
  >
): StepId[] {
  const steps: StepId[] = []
  if (input.side === 'inbound' && input.restrictDomainsToIps) {
    steps.push('restrict-inbound-to-mx-path')
  } else if (input.direction === 'cloud-to-onprem') {
    steps.push('connector-cloud-to-onprem')
    if (input.routeAllMessagesViaOnPremises) steps.push('enable-cmt')
  } else if (input.direction === 'onprem-to-cloud') {
    steps.push('connector-onprem-to-cloud')
  } else {
    steps.push('partner-connectors')
  }
  if (input.createdByHybridWizard) steps.push('hybrid-configuration-wizard')
  return steps
}

/** The direction a connector's side and type imply, as an import reads it. */
export function directionOf(side: ConnectorSide, type: ConnectorType): ConnectorDirection {
  if (type === 'Partner') return 'partner'
  return side === 'outbound' ? 'cloud-to-onprem' : 'onprem-to-cloud'
}

export type Checked<T> = { ok: true; value: T; warnings: string[] } | { ok: false; message: string }

/**
 * TlsSenderCertificateName or TlsDomain: a host name, or one wildcard as the whole first label
 * (*.contoso.com), lower case without a trailing dot. New-InboundConnector's reference: a wildcard
 * indicates the domain and all its subdomains (whether it covers the project's certificate is the
 * connector register's warning).
 */
export function validateCertificateName(input: string): Checked<string> {
  const shown = input.trim()
  if (shown === '') {
    return { ok: false, message: 'Enter the name on the certificate, such as mail.contoso.com.' }
  }
  const wildcard = shown.startsWith('*.')
  const rest = wildcard ? shown.slice(2) : shown
  if (rest.includes('*')) {
    return {
      ok: false,
      message: `“${shown}” has a “*” that is not the whole first label: a certificate name is like mail.contoso.com (or *.contoso.com).`
    }
  }
  const host = validateHostName(rest)
  if (!host.ok) return { ok: false, message: host.message.replace(`“${rest}”`, `“${shown}”`) }
  return { ok: true, value: wildcard ? `*.${host.value}` : host.value, warnings: [] }
}

/** A smart host: a host name, an IP address or a CIDR range ([brackets] around an IP are dropped). */
export function validateSmartHost(input: string): Checked<string> {
  const text = input.trim().replace(/^\[(.*)\]$/, '$1')
  if (/^[0-9./]+$/.test(text) || text.includes(':')) {
    const ip = validateIpOrCidr(text)
    return ip.ok ? { ok: true, value: ip.value, warnings: [] } : ip
  }
  const host = validateHostName(text)
  return host.ok ? { ok: true, value: host.value, warnings: [] } : host
}

/** A recipient or sender domain of a connector: *, a domain, or *.domain for its subdomains. */
export function validateConnectorDomain(input: string): Checked<string> {
  const text = input.trim()
  if (text === '*') return { ok: true, value: '*', warnings: [] }
  const wildcard = text.startsWith('*.')
  const domain = validateDomainName(wildcard ? text.slice(2) : text)
  if (!domain.ok) return domain
  return { ok: true, value: wildcard ? `*.${domain.value}` : domain.value, warnings: [] }
}

/** True when a connector's domain pattern (*, *.contoso.com, contoso.com) covers `domain`. */
export function domainPatternCovers(pattern: string, domain: string): boolean {
  const name = normaliseHostname(domain)
  const value = normaliseHostname(pattern)
  if (value === '*') return true
  if (value.startsWith('*.')) {
    const parent = value.slice(2)
    return name === parent || name.endsWith(`.${parent}`)
  }
  return name === value
}

/** Longest connector name: Exchange stores it as an Active Directory common name (64). */
export const MAX_CONNECTOR_NAME = 64
const MAX_NOTES = 20_000

export type ConnectorValidation =
  | { ok: true; value: ConnectorInput; warnings: string[] }
  | { ok: false; errors: FieldErrors; warnings: string[] }

function eachValid(
  values: readonly string[],
  check: (value: string) => Checked<string>,
  field: string,
  errors: FieldErrors,
  warnings: string[]
): string[] {
  const out: string[] = []
  for (const value of values) {
    if (value.trim() === '') continue
    const checked = check(value)
    if (!checked.ok) {
      errors[field] ??= checked.message
      continue
    }
    warnings.push(...checked.warnings)
    if (!out.includes(checked.value)) out.push(checked.value)
  }
  return out
}

function checkName(input: ConnectorInput, errors: FieldErrors): string {
  const name = input.name.trim()
  if (name === '') errors.name = 'Enter the connector’s name, as Exchange Online shows it.'
  else if (name.length > MAX_CONNECTOR_NAME) {
    errors.name = `The name is ${name.length} characters; Exchange allows ${MAX_CONNECTOR_NAME}.`
  } else if (/[\p{Cc}]/u.test(name)) errors.name = 'The name contains a control character.'
  if (input.direction === 'cloud-to-onprem' && input.side !== 'outbound') {
    errors.direction = 'A connector from Microsoft 365 to on-premises is an outbound connector.'
  } else if (input.direction === 'onprem-to-cloud' && input.side !== 'inbound') {
    errors.direction = 'A connector from on-premises to Microsoft 365 is an inbound connector.'
  }
  return name
}

/** The certificate or sender IPs that identify an inbound connector's sender. */
function checkIdentification(
  input: ConnectorInput,
  errors: FieldErrors,
  warnings: string[]
): ConnectorIdentification {
  let identification: ConnectorIdentification = { kind: 'none' }
  if (input.identification.kind === 'certificate') {
    const certificate = validateCertificateName(input.identification.certificateName)
    if (!certificate.ok) errors.certificateName = certificate.message
    else {
      warnings.push(...certificate.warnings)
      identification = { kind: 'certificate', certificateName: certificate.value }
    }
  } else if (input.identification.kind === 'ip') {
    const ips = eachValid(
      input.identification.senderIps,
      validateIpOrCidrChecked,
      'senderIps',
      errors,
      warnings
    )
    if (ips.length === 0 && errors.senderIps === undefined) {
      errors.senderIps = 'Enter the public IP addresses the on-premises servers send from.'
    }
    identification = { kind: 'ip', senderIps: ips }
  }
  if (input.side === 'outbound' && identification.kind !== 'none') {
    errors.identification =
      'An outbound connector identifies no sender: certificates and sender IPs belong to inbound connectors.'
  }
  if (input.restrictDomainsToIps && identification.kind !== 'ip') {
    errors.restrictDomainsToIps =
      'Restricting domains to IP addresses needs the sender IP addresses.'
  }
  if (identification.kind === 'certificate' && !input.requireTls) {
    warnings.push('A connector that identifies the sender by certificate needs RequireTls $true.')
  }
  return identification
}

type Routing = Pick<
  ConnectorInput,
  'smartHosts' | 'recipientDomains' | 'senderDomains' | 'associatedAcceptedDomains'
>

/** Smart hosts and the connector's domain lists, normalised, and where each belongs. */
function checkRouting(input: ConnectorInput, errors: FieldErrors, warnings: string[]): Routing {
  const smartHosts = eachValid(input.smartHosts, validateSmartHost, 'smartHosts', errors, warnings)
  const domains = (values: string[], field: string): string[] =>
    eachValid(values, validateConnectorDomain, field, errors, warnings)
  const recipientDomains = domains(input.recipientDomains, 'recipientDomains')
  const senderDomains = domains(input.senderDomains, 'senderDomains')
  const associatedAcceptedDomains = eachValid(
    input.associatedAcceptedDomains,
    (value) => {
      const domain = validateDomainName(value)
      return domain.ok ? { ok: true, value: domain.value, warnings: [] } : domain
    },
    'associatedAcceptedDomains',
    errors,
    warnings
  )
  if (input.side === 'inbound' && smartHosts.length > 0) {
    errors.smartHosts = 'Smart hosts belong to outbound connectors.'
  }
  if (input.side === 'outbound' && input.type === 'OnPremises' && smartHosts.length === 0) {
    errors.smartHosts ??=
      'Enter the on-premises smart host (such as mail.contoso.com): an OnPremises outbound connector does not use MX.'
  }
  if (
    input.routeAllMessagesViaOnPremises &&
    !(input.side === 'outbound' && input.type === 'OnPremises')
  ) {
    errors.routeAllMessagesViaOnPremises =
      'Centralized mail transport (RouteAllMessagesViaOnPremises) is set on the OnPremises outbound connector.'
  }
  return { smartHosts, recipientDomains, senderDomains, associatedAcceptedDomains }
}

/** TlsSettings and TlsDomain of an outbound connector. */
function checkTls(
  input: ConnectorInput,
  errors: FieldErrors
): { tlsSettings?: TlsSettings; tlsDomain?: string } {
  let tlsSettings: TlsSettings | undefined
  let tlsDomain: string | undefined
  if (input.tlsSettings !== undefined) {
    if (input.side !== 'outbound')
      errors.tlsSettings = 'TlsSettings belongs to outbound connectors.'
    else if (!TLS_SETTINGS.includes(input.tlsSettings)) {
      errors.tlsSettings = 'Choose EncryptionOnly, CertificateValidation or DomainValidation.'
    } else tlsSettings = input.tlsSettings
  }
  if (input.tlsDomain !== undefined && input.tlsDomain.trim() !== '') {
    const domain = validateCertificateName(input.tlsDomain)
    if (!domain.ok) errors.tlsDomain = domain.message
    else if (tlsSettings !== 'DomainValidation') {
      errors.tlsDomain = 'TlsDomain applies only with TlsSettings DomainValidation.'
    } else tlsDomain = domain.value
  }
  return {
    ...(tlsSettings === undefined ? {} : { tlsSettings }),
    ...(tlsDomain === undefined ? {} : { tlsDomain })
  }
}

/**
 * Checks a connector form (or an imported connector): the name, host names, IPs and domains
 * (normalised), the certificate name, and the combinations Exchange Online refuses or that make no
 * sense (CMT on an inbound connector, an outbound OnPremises connector without a smart host, …).
 * Returns the normalised input with default step ids, or a message per field.
 */
export function validateConnectorInput(input: ConnectorInput): ConnectorValidation {
  const errors: FieldErrors = {}
  const warnings: string[] = []
  const name = checkName(input, errors)
  const identification = checkIdentification(input, errors, warnings)
  const routing = checkRouting(input, errors, warnings)
  const tls = checkTls(input, errors)
  if (!CONNECTOR_STATUSES.includes(input.status))
    errors.status = 'Choose planned, created or verified.'
  if (input.notes.length > MAX_NOTES) {
    errors.notes = `The notes are ${input.notes.length} characters; keep them under ${MAX_NOTES}.`
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors, warnings }
  const value: ConnectorInput = { ...input, name, identification, ...routing, notes: input.notes }
  delete value.tlsSettings
  delete value.tlsDomain
  Object.assign(value, tls)
  if (value.stepIds.length === 0) value.stepIds = defaultStepIds(value)
  return { ok: true, value, warnings }
}

function validateIpOrCidrChecked(value: string): Checked<string> {
  const ip = validateIpOrCidr(value)
  return ip.ok ? { ok: true, value: ip.value, warnings: [] } : ip
}
