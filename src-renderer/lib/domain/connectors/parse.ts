/**
 * Imports connectors from what an admin pastes: `Get-InboundConnector | Format-List` and
 * `Get-OutboundConnector | Format-List` output, or their Export-Csv file (with or without the
 * #TYPE line). Each connector is validated on its own; the Hybrid Configuration Wizard's
 * connectors are recognised by name (domain-brief 1.6). Nothing here writes: the caller stores
 * the connectors that passed.
 */
import { parseCsv } from '../mailboxes/csv'
import type { ListBlock } from '../text/format-list'
import { excerpt, isConsoleNoise, readFormatList, splitLines } from '../text/format-list'
import type { ConnectorInput, ConnectorSide, ConnectorType, TlsSettings } from './model'
import { directionOf, hybridWizardConnector, TLS_SETTINGS, validateConnectorInput } from './model'

/** One connector of the paste: its input ready to store, or what is wrong with it. */
export type ParsedConnector =
  | { ok: true; line: number; name: string; value: ConnectorInput; warnings: string[] }
  | { ok: false; line: number; name: string; errors: string[] }

export type ConnectorImport =
  | { ok: true; format: 'format-list' | 'csv'; connectors: ParsedConnector[] }
  | { ok: false; message: string }

/** Longest paste read: a tenant's connectors print a few KB each. */
export const MAX_CONNECTOR_PASTE = 2_000_000

type Field = { value: string; line: number }
type Fields = Map<string, Field>

const OUTBOUND_PROPERTIES = [
  'smarthosts',
  'recipientdomains',
  'usemxrecord',
  'tlssettings',
  'tlsdomain',
  'routeallmessagesviaonpremises',
  'allaccepteddomains',
  'isvalidated'
]
const INBOUND_PROPERTIES = [
  'senderipaddresses',
  'senderdomains',
  'tlssendercertificatename',
  'restrictdomainstoipaddresses',
  'restrictdomainstocertificate',
  'requiretls',
  'associatedaccepteddomains'
]

class FieldError extends Error {}

function sideOfFields(fields: Fields): ConnectorSide | null {
  const objectClass = fields.get('objectclass')?.value ?? ''
  if (/InboundConnector/i.test(objectClass)) return 'inbound'
  if (/OutboundConnector/i.test(objectClass)) return 'outbound'
  const outbound = OUTBOUND_PROPERTIES.some((p) => fields.has(p))
  const inbound = INBOUND_PROPERTIES.some((p) => fields.has(p))
  if (outbound === inbound) return null
  return outbound ? 'outbound' : 'inbound'
}

/** Export-Csv writes a collection as its .NET type name, which carries no values. */
function isTypeName(value: string): boolean {
  return /^(System|Microsoft|Deserialized)\.[\w.`]+(\[[\w.,`[\]\s]*\])?$/.test(value.trim())
}

function raw(fields: Fields, property: string): string {
  const field = fields.get(property.toLowerCase())
  if (!field) return ''
  if (isTypeName(field.value)) {
    throw new FieldError(
      `${property} holds “${field.value}” instead of its values: export with Select-Object @{n='${property}';e={$_.${property} -join ','}} or paste the Format-List output.`
    )
  }
  if (/(\.\.\.|…)\}?$/.test(field.value.trim())) {
    throw new FieldError(
      `PowerShell cut ${property} short (“${excerpt(field.value)}”): run $FormatEnumerationLimit = -1 first, then the command again.`
    )
  }
  return field.value.trim()
}

function bool(fields: Fields, property: string, fallback: boolean): boolean {
  const text = raw(fields, property)
  if (text === '') return fallback
  if (/^\$?true$/i.test(text)) return true
  if (/^\$?false$/i.test(text)) return false
  throw new FieldError(`${property} is “${text}”: expected True or False.`)
}

/** A multi-valued property: {a, b} in Format-List, a, b or a;b in a CSV cell. */
function values(fields: Fields, property: string): string[] {
  let text = raw(fields, property)
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1)
  // SenderDomains prints address spaces, e.g. smtp:*;1 or smtp:contoso.com;1.
  if (/smtp:/i.test(text)) {
    return [...text.matchAll(/smtp:([^;,{}\s]+)(?:;\d+)?/gi)].map((m) => m[1] ?? '')
  }
  return text
    .split(/[,;\s]+/)
    .map((value) => value.replace(/^\[(.*)\]$/, '$1'))
    .filter((value) => value !== '')
}

function identityName(identity: string): string {
  const parts = identity.split('\\')
  return (parts[parts.length - 1] ?? '').trim()
}

function toConnector(
  fields: Fields,
  line: number,
  hint: ConnectorSide | undefined
): ParsedConnector {
  const name =
    (fields.get('name')?.value ?? '').trim() || identityName(fields.get('identity')?.value ?? '')
  const failed = (errors: string[]): ParsedConnector => ({ ok: false, line, name, errors })
  if (name === '') return failed(['The connector has no Name or Identity.'])
  try {
    const side = hint ?? sideOfFields(fields)
    if (side === null) {
      return failed([
        'Cannot tell whether this is an inbound or an outbound connector: paste the whole Format-List output.'
      ])
    }
    const typeText = raw(fields, 'ConnectorType')
    if (typeText === '') return failed(['ConnectorType is missing: include it in the output.'])
    const type = ['OnPremises', 'Partner'].find((t) => t.toLowerCase() === typeText.toLowerCase())
    if (type === undefined) {
      return failed([`ConnectorType is “${typeText}”: expected OnPremises or Partner.`])
    }
    const tlsText = raw(fields, 'TlsSettings')
    const tlsSettings = TLS_SETTINGS.find((t) => t.toLowerCase() === tlsText.toLowerCase())
    if (tlsText !== '' && tlsSettings === undefined) {
      return failed([
        `TlsSettings is “${tlsText}”: expected EncryptionOnly, CertificateValidation or DomainValidation.`
      ])
    }
    const certificate = raw(fields, 'TlsSenderCertificateName')
    const senderIps = values(fields, 'SenderIPAddresses')
    const tlsDomain = raw(fields, 'TlsDomain')
    const source = raw(fields, 'ConnectorSource')
    const input: ConnectorInput = {
      name,
      side,
      direction: directionOf(side, type as ConnectorType),
      type: type as ConnectorType,
      identification:
        side === 'inbound' && certificate !== ''
          ? { kind: 'certificate', certificateName: certificate }
          : side === 'inbound' && senderIps.length > 0
            ? { kind: 'ip', senderIps }
            : { kind: 'none' },
      requireTls:
        side === 'inbound' ? bool(fields, 'RequireTls', false) : tlsSettings !== undefined,
      smartHosts: values(fields, 'SmartHosts'),
      recipientDomains: values(fields, 'RecipientDomains'),
      senderDomains: values(fields, 'SenderDomains'),
      associatedAcceptedDomains: values(fields, 'AssociatedAcceptedDomains'),
      routeAllMessagesViaOnPremises: bool(fields, 'RouteAllMessagesViaOnPremises', false),
      cloudServicesMailEnabled: bool(fields, 'CloudServicesMailEnabled', false),
      restrictDomainsToIps: bool(fields, 'RestrictDomainsToIPAddresses', false),
      enabled: bool(fields, 'Enabled', true),
      createdByHybridWizard: hybridWizardConnector(name) !== null || /^HybridWizard$/i.test(source),
      status: 'created',
      notes: '',
      stepIds: []
    }
    if (tlsSettings !== undefined) input.tlsSettings = tlsSettings as TlsSettings
    if (tlsDomain !== '') input.tlsDomain = tlsDomain
    const checked = validateConnectorInput(input)
    if (!checked.ok) return failed(Object.values(checked.errors))
    return { ok: true, line, name, value: checked.value, warnings: checked.warnings }
  } catch (error) {
    if (error instanceof FieldError) return failed([error.message])
    throw error
  }
}

function fieldsOfBlock(block: ListBlock): Fields {
  const fields: Fields = new Map()
  for (const property of block.properties) {
    fields.set(property.name.toLowerCase(), { value: property.value, line: property.line })
  }
  return fields
}

const CONNECTOR_PROPERTIES = ['name', 'identity', 'connectortype']

function markDuplicates(connectors: ParsedConnector[]): ParsedConnector[] {
  const seen = new Set<string>()
  return connectors.map((connector) => {
    const key = connector.name.toLowerCase()
    if (key === '' || !seen.has(key)) {
      seen.add(key)
      return connector
    }
    return {
      ok: false,
      line: connector.line,
      name: connector.name,
      errors: [`“${connector.name}” appears twice in the paste.`]
    }
  })
}

function fromFormatList(text: string, hint: ConnectorSide | undefined): ConnectorImport {
  const list = readFormatList(text)
  if (!list.ok) return { ok: false, message: list.message }
  const blocks = list.blocks.filter((block) =>
    block.properties.some((p) => CONNECTOR_PROPERTIES.includes(p.name.toLowerCase()))
  )
  if (blocks.length === 0) {
    const line = list.blocks[0]?.line ?? 1
    return {
      ok: false,
      message: `line ${line}: this is not Get-InboundConnector or Get-OutboundConnector output: no Name, Identity or ConnectorType property.`
    }
  }
  const connectors = blocks.map((block) => toConnector(fieldsOfBlock(block), block.line, hint))
  return { ok: true, format: 'format-list', connectors: markDuplicates(connectors) }
}

function fromCsv(text: string, hint: ConnectorSide | undefined): ConnectorImport {
  const typeLine = splitLines(text).find((line) => line.trim() !== '') ?? ''
  const typeHint = /^#TYPE\b/i.test(typeLine.trim())
    ? /InboundConnector/i.test(typeLine)
      ? 'inbound'
      : /OutboundConnector/i.test(typeLine)
        ? 'outbound'
        : undefined
    : undefined
  const table = parseCsv(text)
  const headers = table.headers.map((h) => h.toLowerCase())
  if (!headers.includes('name') && !headers.includes('identity')) {
    return {
      ok: false,
      message: `line ${table.headerLine || 1}: the file has no Name or Identity column, so it is not an export of Get-InboundConnector or Get-OutboundConnector.`
    }
  }
  const connectors: ParsedConnector[] = table.records.map((record) => {
    const fields: Fields = new Map()
    headers.forEach((header, index) => {
      fields.set(header, { value: record.fields[index] ?? '', line: record.line })
    })
    return toConnector(fields, record.line, hint ?? typeHint)
  })
  for (const issue of table.errors) {
    connectors.push({ ok: false, line: issue.line, name: '', errors: [issue.message] })
  }
  connectors.sort((a, b) => a.line - b.line)
  if (connectors.length === 0) {
    return { ok: false, message: 'The file has a header but no connectors.' }
  }
  return { ok: true, format: 'csv', connectors: markDuplicates(connectors) }
}

/**
 * Reads pasted connector output (Format-List or Export-Csv). `options.side` says which cmdlet it
 * came from when the caller knows; otherwise each connector's properties tell. An empty paste or
 * garbage fails as a whole with a sentence naming the line; otherwise each connector carries its
 * own errors, so the valid ones can be stored.
 */
export function parseConnectorPaste(
  text: string,
  options: { side?: ConnectorSide } = {}
): ConnectorImport {
  if (text.length > MAX_CONNECTOR_PASTE) {
    return { ok: false, message: 'The paste is too long to be connector output.' }
  }
  const content = text.replace(/^\uFEFF/, '')
  const lines = splitLines(content)
  const index = lines.findIndex((line) => line.trim() !== '' && !isConsoleNoise(line))
  if (index < 0) {
    return {
      ok: false,
      message:
        'Nothing to read: paste what Get-InboundConnector | Format-List or Get-OutboundConnector | Format-List printed.'
    }
  }
  const first = (lines[index] ?? '').trim()
  if (/^#TYPE\b/i.test(first)) return fromCsv(content, options.side)
  if (/^[A-Za-z_][\w.-]*\s*:(\s|$)/.test(first)) return fromFormatList(content, options.side)
  if (/^"?[A-Za-z_][\w.-]*"?\s*[,;]/.test(first)) return fromCsv(content, options.side)
  return {
    ok: false,
    message: `line ${index + 1}: “${excerpt(first)}” is neither Format-List output (Property : Value) nor a CSV header.`
  }
}
