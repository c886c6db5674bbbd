/**
 * Reads the collector's JSON file as Windows PowerShell 5.1 and PowerShell 7 really write it:
 * UTF-16 LE with a BOM (Out-File's default in 5.1) or UTF-8, a one-item list written as a single
 * object, "\/Date(ms)\/" dates, enums as names or numbers, properties it does not know, nulls.
 * Everything is read through the spec (./spec.ts), so only known properties are kept and nothing
 * from the file becomes an object key except DNS names that passed validation; a `__proto__` key
 * can therefore never reach a prototype. Nothing here writes.
 */
import { nestingDepth } from '../backup'
import { decodeInput } from '../mailboxes/decode'
import { formatCount } from '../numbers'
import type { Collected, DnsAnswers, Inventory, MxAnswer } from './model'
import { INVENTORY_FORMAT, INVENTORY_VERSION } from './model'
import type { CmdletSpec, InventorySide, PropertyKind } from './spec'
import { CMDLET_SPECS, ENUM_NUMBERS, INVENTORY_SIDES, SIDE_LABELS } from './spec'

// The import screen and tests read both files of a collection through this module.
export { mergeInventories } from './merge'

export type InventoryParse =
  { ok: true; value: Inventory; warnings: string[] } | { ok: false; message: string }

export type InventoryLimits = {
  /** Longest file accepted, in characters: a large tenant's inventory is a few MB. */
  maxChars: number
  /** Deepest nesting of arrays and objects. The format needs 6. */
  maxDepth: number
  /** Most rows of one cmdlet, values of one property, or DNS names. */
  maxItems: number
}

export const DEFAULT_INVENTORY_LIMITS: InventoryLimits = {
  maxChars: 50_000_000,
  maxDepth: 16,
  maxItems: 20_000
}

type Json = unknown

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Own property of a parsed JSON object (never an inherited one such as `constructor`). */
function own(record: Record<string, Json>, key: string): Json {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message }
}

/** PowerShell 5.1 writes a one-item list as the item itself, and an empty one as null. */
function asList(value: Json): Json[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/

/** ISO text from ISO or "\/Date(ms)\/" (JSON.parse has already turned "\/" into "/"). */
export function readDate(value: Json): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString()
  if (typeof value !== 'string' || value.trim() === '') return null
  const ms = MS_DATE.exec(value.trim())
  const time = ms ? Number(ms[1]) : Date.parse(value)
  return Number.isFinite(time) ? new Date(time).toISOString() : null
}

/** Text of one value inside a multi-valued property, or null for what has no text. */
function itemText(value: Json): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isRecord(value)) {
    // Objects written without .ToString(): an AddressSpace has Address, a SmartHost Domain or
    // Address, an IP range Expression.
    for (const key of ['Address', 'Domain', 'Expression', 'Name', 'Value']) {
      const text = own(value, key)
      if (typeof text === 'string' && text.trim() !== '') return text.trim()
      if (isRecord(text)) {
        const inner = itemText(text)
        if (inner !== null) return inner
      }
    }
  }
  return null
}

type Reader = { warnings: string[]; limits: InventoryLimits }

function readProperty(
  kind: PropertyKind,
  name: string,
  value: Json,
  where: string,
  reader: Reader
): string | boolean | number | string[] | null {
  if (kind === 'strings') {
    const items = asList(value)
    if (items.length > reader.limits.maxItems)
      throw new RangeError(
        `${where}: ${name} has more than ${formatCount(reader.limits.maxItems)} values.`
      )
    const texts = items.map(itemText)
    if (texts.some((text, index) => text === null && items[index] !== null && items[index] !== ''))
      reader.warnings.push(`${where}: some values of ${name} could not be read and were left out.`)
    return texts.filter((text): text is string => text !== null)
  }
  if (value === null || value === undefined) return null
  if (kind === 'boolean') {
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
      return value.trim().toLowerCase() === 'true'
    reader.warnings.push(`${where}: ${name} is not true or false; it was left out.`)
    return null
  }
  if (kind === 'number') {
    const number = typeof value === 'string' ? Number(value) : value
    if (typeof number === 'number' && Number.isFinite(number)) return number
    reader.warnings.push(`${where}: ${name} is not a number; it was left out.`)
    return null
  }
  if (kind === 'date') return readDate(value)
  if (kind === 'enum' && typeof value === 'number') {
    const named = ENUM_NUMBERS[name]?.[value]
    if (named !== undefined) return named
    if (ENUM_NUMBERS[name] !== undefined)
      reader.warnings.push(
        `${where}: ${name} is the number ${value}, which the importer cannot name; run the collector again (it writes names).`
      )
    return String(value)
  }
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = itemText(value)
  if (text === null) reader.warnings.push(`${where}: ${name} is not text; it was left out.`)
  return text
}

function readRow(
  spec: CmdletSpec,
  value: Json,
  index: number,
  reader: Reader
): Record<string, unknown> | null {
  const where = `${SIDE_LABELS[spec.side]} ${spec.cmdlet}, item ${index + 1}`
  if (!isRecord(value)) {
    reader.warnings.push(`${where} is not an object; it was left out.`)
    return null
  }
  // Built from the spec's names only: the file's keys are never copied.
  return Object.fromEntries(
    Object.entries(spec.properties).map(([name, kind]) => [
      name,
      readProperty(kind, name, own(value, name), where, reader)
    ])
  )
}

function readCmdlet(
  spec: CmdletSpec,
  value: Json,
  reader: Reader
): Collected<Record<string, unknown>> {
  if (value === undefined) return { notCollected: 'Not in the file.' }
  if (isRecord(value) && typeof own(value, 'notCollected') === 'string')
    return { notCollected: String(own(value, 'notCollected')).slice(0, 500) }
  const items = asList(value)
  if (items.length > reader.limits.maxItems)
    throw new RangeError(
      `${SIDE_LABELS[spec.side]} ${spec.cmdlet} has more than ${formatCount(reader.limits.maxItems)} items.`
    )
  const rows = items
    .map((item, index) => readRow(spec, item, index, reader))
    .filter((row): row is Record<string, unknown> => row !== null)
  return { rows }
}

function readSide(
  side: InventorySide,
  value: Json,
  reader: Reader
): Record<string, Collected<Record<string, unknown>>> | null {
  if (value === undefined || value === null) return null
  if (!isRecord(value)) throw new TypeError(`“${side}” must be an object of cmdlet outputs.`)
  return Object.fromEntries(
    CMDLET_SPECS.filter((spec) => spec.side === side).map((spec) => [
      spec.cmdlet,
      readCmdlet(spec, own(value, spec.cmdlet), reader)
    ])
  )
}

const DNS_NAME = /^(?=.{1,253}$)(?:_?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/

function readMx(value: Json, name: string, reader: Reader): MxAnswer[] {
  const answers: MxAnswer[] = []
  for (const item of asList(value)) {
    const host = isRecord(item) ? own(item, 'NameExchange') : undefined
    if (typeof host !== 'string' || host.trim() === '') {
      reader.warnings.push(`DNS ${name}: an MX answer without NameExchange was left out.`)
      continue
    }
    const preference = isRecord(item) ? own(item, 'Preference') : null
    answers.push({
      NameExchange: host.trim().toLowerCase().replace(/\.$/, ''),
      Preference: typeof preference === 'number' ? preference : null
    })
  }
  return answers
}

/** Each TXT record as the list of its strings; a record written as one string is one string. */
function readTxt(value: Json, name: string, reader: Reader): string[][] {
  const records: string[][] = []
  for (const item of asList(value)) {
    const strings = isRecord(item) ? own(item, 'Strings') : item
    const texts = asList(strings).filter((text): text is string => typeof text === 'string')
    if (texts.length === 0) {
      reader.warnings.push(`DNS ${name}: a TXT answer without text was left out.`)
      continue
    }
    records.push(texts)
  }
  return records
}

function readDns(value: Json, reader: Reader): Record<string, DnsAnswers> {
  if (value === undefined || value === null) return {}
  if (!isRecord(value)) throw new TypeError('“dns” must be an object keyed by DNS name.')
  const names = Object.keys(value)
  if (names.length > reader.limits.maxItems)
    throw new RangeError(`“dns” has more than ${formatCount(reader.limits.maxItems)} names.`)
  const entries: [string, DnsAnswers][] = []
  for (const raw of names) {
    const name = raw.trim().toLowerCase().replace(/\.$/, '')
    const answers = own(value, raw)
    if (!DNS_NAME.test(name) || !isRecord(answers)) {
      reader.warnings.push(
        `DNS: “${raw.slice(0, 80)}” is not a DNS name with answers; it was left out.`
      )
      continue
    }
    const entry: DnsAnswers = {}
    if (own(answers, 'MX') !== undefined) entry.MX = readMx(own(answers, 'MX'), name, reader)
    if (own(answers, 'TXT') !== undefined) entry.TXT = readTxt(own(answers, 'TXT'), name, reader)
    entries.push([name, entry])
  }
  return Object.fromEntries(entries)
}

type Refusal = { ok: false; message: string }

/** The file's text as JSON, or why it is refused (too large, not JSON, too deep). */
function readJson(input: Uint8Array | string, limits: InventoryLimits): { json: Json } | Refusal {
  const byteLength = typeof input === 'string' ? input.length : input.byteLength
  if (byteLength > limits.maxChars * 2)
    return fail(
      `The file is ${Math.round(byteLength / 1_000_000)} MB, far larger than any inventory the collector writes.`
    )
  const { text } = decodeInput(input)
  if (text.length > limits.maxChars)
    return fail(
      `The file is ${Math.round(text.length / 1_000_000)} MB, far larger than any inventory the collector writes.`
    )
  if (text.trim() === '') return fail('The file is empty.')
  let json: Json
  try {
    json = JSON.parse(text)
  } catch (error) {
    if (error instanceof RangeError)
      return fail('The file is nested too deeply to be an inventory.')
    return fail(
      'The file is not an inventory: it is not valid JSON. Import the .json file the collector script wrote.'
    )
  }
  if (nestingDepth(json, limits.maxDepth) > limits.maxDepth)
    return fail(
      `The file is nested more than ${limits.maxDepth} levels deep, deeper than any inventory.`
    )
  return { json }
}

/** The document's format, version and date, or why they are refused. */
function readHeader(
  parsed: Json
): { document: Record<string, Json>; collectedAt: string } | Refusal {
  if (!isRecord(parsed) || own(parsed, 'format') !== INVENTORY_FORMAT)
    return fail(
      `The file is not an inventory of this app: its “format” is not “${INVENTORY_FORMAT}”. Import the file the collector script wrote.`
    )
  const version = own(parsed, 'version')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('The inventory has no valid “version”.')
  if (version > INVENTORY_VERSION)
    return fail(
      `The inventory is version ${version}, newer than this app reads (version ${INVENTORY_VERSION}). Update the app, or collect again with this app's script.`
    )
  const collectedAt = readDate(own(parsed, 'collectedAt'))
  if (collectedAt === null) return fail('The inventory has no valid “collectedAt” date.')
  return { document: parsed, collectedAt }
}

/** The sides and DNS of a document whose header was accepted; may throw RangeError or TypeError. */
function readBody(
  parsed: Record<string, Json>,
  collectedAt: string,
  reader: Reader
): Inventory | Refusal {
  const [exchangeOnline, onPremises] = INVENTORY_SIDES.map((side) =>
    readSide(side, own(parsed, side), reader)
  )
  const dns = readDns(own(parsed, 'dns'), reader)
  if (exchangeOnline === null && onPremises === null && Object.keys(dns).length === 0)
    return fail(
      'The inventory holds nothing: no Exchange Online, no on-premises and no DNS section.'
    )
  const collector = own(parsed, 'collector')
  const tenantId = own(parsed, 'tenantId')
  return {
    collectedAt,
    collectors:
      typeof collector === 'string' && collector.trim() !== ''
        ? [collector.trim().slice(0, 200)]
        : [],
    tenantId:
      typeof tenantId === 'string' && GUID.test(tenantId.trim())
        ? tenantId.trim().toLowerCase()
        : null,
    // The rows were built from the spec's property list, so they have the spec's shape.
    exchangeOnline: exchangeOnline as Inventory['exchangeOnline'],
    onPremises: onPremises as Inventory['onPremises'],
    dns
  }
}

/**
 * Parses one collector file. Refused with a message, and nothing kept: text that is not JSON,
 * another format, a newer version, a file too large or nested too deeply. Tolerated with a
 * warning: a value of the wrong type, an item that is not an object, an enum number without a name.
 */
export function parseInventory(
  input: Uint8Array | string,
  limits: InventoryLimits = DEFAULT_INVENTORY_LIMITS
): InventoryParse {
  const read = readJson(input, limits)
  if ('ok' in read) return read
  const header = readHeader(read.json)
  if ('ok' in header) return header
  const reader: Reader = { warnings: [], limits }
  try {
    const value = readBody(header.document, header.collectedAt, reader)
    if ('ok' in value) return value
    for (const side of INVENTORY_SIDES) {
      const collected = value[side]
      if (collected === null) continue
      for (const [cmdlet, result] of Object.entries(collected))
        if ('notCollected' in result)
          reader.warnings.push(
            `${SIDE_LABELS[side]} ${cmdlet} was not collected: ${result.notCollected}`
          )
    }
    return { ok: true, value, warnings: reader.warnings }
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError)
      return fail(`The inventory is refused: ${error.message}`)
    throw error
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
