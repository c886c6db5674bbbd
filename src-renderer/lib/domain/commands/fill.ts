/**
 * Step texts and commands ready to paste: the catalog's <placeholders> (the template syntax) are
 * filled from the project's and the domain's values. A command never goes out with a project
 * value missing: the caller gets the fields to fill instead, with where each one is entered. Prose
 * reads the missing value's name in place of the placeholder.
 */
import { placeholderValues } from '../catalog'
import type { Project } from '../types'

/** Where a value the commands need is entered. */
export type FieldPlace = 'profile' | 'dns'

/** A value a command needs and the project or domain lacks. */
export type MissingField = {
  /** The placeholder it fills, without the angle brackets. */
  token: string
  /** The field's label, as the form shows it. */
  label: string
  /** How prose names it while it is unknown. */
  phrase: string
  place: FieldPlace
  /** The id of the form field, for a link that opens the page on it. */
  fieldId: string
}

type FieldInfo = Omit<MissingField, 'token'>

/** The placeholders filled from stored values, and the fields that hold them. */
const FIELDS: Readonly<Record<string, FieldInfo>> = {
  tenant: {
    label: 'Tenant name',
    phrase: 'the tenant',
    place: 'profile',
    fieldId: 'project-tenant'
  },
  onPremHost: {
    label: 'On-premises mail host',
    phrase: 'the on-premises mail host',
    place: 'profile',
    fieldId: 'project-host'
  },
  onPremIps: {
    label: 'On-premises public IP addresses',
    phrase: 'the on-premises IP addresses',
    place: 'profile',
    fieldId: 'project-ips'
  },
  connectorIps: {
    label: 'On-premises public IPv4 addresses (/24 to /32)',
    phrase: 'the on-premises IPv4 addresses a connector accepts (/24 to /32)',
    place: 'profile',
    fieldId: 'project-ips'
  },
  certificateDomain: {
    label: 'Certificate domain',
    phrase: 'the on-premises certificate’s domain',
    place: 'profile',
    fieldId: 'project-certificate'
  },
  hybridEndpoint: {
    label: 'Hybrid endpoint',
    phrase: 'the hybrid endpoint',
    place: 'profile',
    fieldId: 'project-hybrid'
  },
  domainKey: {
    label: 'Assigned MX host',
    phrase: 'the MX host the admin center assigns to the domain',
    place: 'dns',
    fieldId: 'dns-entered-mx'
  }
}

/**
 * Microsoft's MX host for a domain is written <domainKey>.mail.protection.outlook.com in the
 * catalog; the domain's entered MX (the host the admin center shows) fills the whole name, so a
 * DNSSEC host (*.mx.microsoft) is printed as entered too.
 */
const MX_TEMPLATE = /<domainKey>\.mail\.protection\.outlook\.com/g
const PLACEHOLDER = /<([A-Za-z][A-Za-z0-9]*)>/g

/** What fills the commands of one domain. */
export type CommandSource = {
  project: Pick<
    Project,
    'tenantName' | 'onPremHost' | 'onPremIps' | 'certificateDomain' | 'hybridEndpoint'
  >
  domainName: string
  /** The domain's entered MX host ('' when none is entered). */
  enteredMx: string
}

/** The values of every placeholder the project and domain know. */
export function commandValues(source: CommandSource): Record<string, string> {
  const values = placeholderValues(source.project, source.domainName)
  // Like the Connectors page: the certificate's domain, or the mail host when none is recorded
  // (the hybrid wizard's usual certificate names the mail host).
  const certificate =
    (source.project.certificateDomain ?? '').trim().toLowerCase() || values.onPremHost || ''
  if (certificate !== '') values.certificateDomain = certificate
  const endpoint = (source.project.hybridEndpoint ?? '').trim().toLowerCase()
  if (endpoint !== '') values.hybridEndpoint = endpoint
  const mx = source.enteredMx.trim().toLowerCase().replace(/\.$/, '')
  if (mx !== '') values.mxHost = mx
  return values
}

/** A text with every known placeholder filled, and the fields still needed, in order. */
export type Filled = { text: string; missing: MissingField[] }

function fill(
  template: string,
  values: Record<string, string>,
  unknown: (field: MissingField) => string | null
): Filled {
  const missing = new Map<string, MissingField>()
  const need = (token: string): MissingField | null => {
    const info = FIELDS[token]
    if (info === undefined) return null
    const field = { token, ...info }
    if (!missing.has(token)) missing.set(token, field)
    return field
  }
  const withMx = template.replace(MX_TEMPLATE, (match) => {
    if (values.mxHost !== undefined) return values.mxHost
    const field = need('domainKey')
    return field === null ? match : (unknown(field) ?? match)
  })
  const text = withMx.replace(PLACEHOLDER, (match: string, token: string) => {
    const value = Object.hasOwn(values, token) ? values[token] : undefined
    if (value !== undefined && value !== '') return value
    const field = need(token)
    return field === null ? match : (unknown(field) ?? match)
  })
  return { text, missing: [...missing.values()] }
}

/**
 * A command with the project's values. `missing` lists the stored values it still needs; while
 * any is missing the command is not ready to paste. Placeholders that are not stored values
 * (a mailbox's <alias>, a partner's <partnerDomain>) stay for the user to replace.
 */
export function fillCommand(template: string, values: Record<string, string>): Filled {
  return fill(template, values, () => null)
}

/** Prose with the project's values; an unknown value is named ("the hybrid endpoint"). */
export function fillProse(template: string, values: Record<string, string>): string {
  return fill(template, values, (field) => field.phrase).text
}
