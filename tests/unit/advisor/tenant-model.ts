/**
 * A small model of what a tenant shares between domains (Exchange Online connectors, centralized
 * transport, transport rules) and a reader of the PowerShell the runbooks print, to run a runbook
 * against it. Only the cmdlets and parameters the runbooks may use are known: any other command
 * fails the test, so a new command cannot slip past the checks unmodelled.
 */

export type OutboundModel = {
  type: string
  recipients: string[]
  routeAll: boolean
  ruleScoped: boolean
}
export type InboundModel = { type: string; associated: string[]; restrict: boolean }
export type RuleModel = { senderDomain: string; connector: string }

export type TenantModel = {
  outbound: Record<string, OutboundModel>
  inbound: Record<string, InboundModel>
  rules: Record<string, RuleModel>
}

/** How mail of one domain flows, as far as the shared objects decide it. */
export type DomainRouting = {
  cloudToOnPrem: boolean
  cloudInternetViaOnPrem: boolean
  inboundRestricted: boolean
}

type Value = string | string[] | boolean | { add: string[]; remove: string[] }

/** Splits one command line into its words, keeping quoted strings, lists and @{…} whole. */
function words(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i < line.length) {
    if (line[i] === ' ') {
      i++
      continue
    }
    let j = i
    let depth = 0
    let quote: string | null = null
    while (j < line.length) {
      const c = line[j] ?? ''
      if (quote !== null) {
        if (c === quote && line[j + 1] === quote) j++
        else if (c === quote) quote = null
      } else if (c === "'" || c === '"') quote = c
      else if (c === '{') depth++
      else if (c === '}') depth--
      else if (c === ' ' && depth === 0) break
      j++
    }
    out.push(line.slice(i, j))
    i = j
  }
  return out
}

function unquote(text: string): string {
  const t = text.trim()
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'")
  if (t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1)
  return t
}

/** 'a','b' → [a, b], respecting quotes. */
function list(text: string): string[] {
  const items: string[] = []
  let current = ''
  let quote: string | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (quote !== null) {
      if (c === quote && text[i + 1] === quote) {
        current += c + c
        i++
        continue
      }
      if (c === quote) quote = null
    } else if (c === "'" || c === '"') quote = c
    else if (c === ',') {
      items.push(unquote(current))
      current = ''
      continue
    }
    current += c
  }
  items.push(unquote(current))
  return items
}

function value(text: string): Value {
  if (text === '$true') return true
  if (text === '$false') return false
  const hash = /^@\{(.*)\}$/.exec(text)
  if (hash) {
    const result = { add: [] as string[], remove: [] as string[] }
    for (const part of (hash[1] ?? '').split(';')) {
      const [key, rest] = [
        part.slice(0, part.indexOf('=')).trim(),
        part.slice(part.indexOf('=') + 1)
      ]
      if (key === 'Add') result.add = list(rest)
      else if (key === 'Remove') result.remove = list(rest)
      else throw new Error(`unknown key ${key} in ${text}`)
    }
    return result
  }
  const items = list(text)
  return items.length === 1 ? (items[0] ?? '') : items
}

type Command = { cmdlet: string; params: Record<string, Value> }

function parse(line: string): Command {
  if (line.includes('|')) throw new Error(`a pipeline cannot be checked here: ${line}`)
  const [cmdlet, ...rest] = words(line)
  const params: Record<string, Value> = {}
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? ''
    if (!word.startsWith('-')) throw new Error(`unexpected word ${word} in ${line}`)
    const next = rest[i + 1]
    if (next === undefined || next.startsWith('-')) params[word.slice(1)] = true
    else {
      params[word.slice(1)] = value(next)
      i++
    }
  }
  return { cmdlet: cmdlet ?? '', params }
}

function str(v: Value | undefined): string {
  if (typeof v !== 'string') throw new Error(`expected one value, got ${JSON.stringify(v)}`)
  return v
}

function multi(current: string[], v: Value | undefined): string[] {
  if (v === undefined || typeof v === 'boolean') throw new Error('expected values')
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return [...v]
  return [
    ...current.filter((x) => !v.remove.includes(x)),
    ...v.add.filter((x) => !current.includes(x))
  ]
}

const READ_ONLY = /^(Get|Validate|Test)-/

/**
 * Runs one change text on the model (a copy is returned); `problems` gets every command that
 * names an object that does not exist (or no longer does) or creates one that already does.
 */
export function run(model: TenantModel, text: string, problems: string[]): TenantModel {
  const m: TenantModel = structuredClone(model)
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const { cmdlet, params } = parse(line)
    const id = (): string => str(params.Identity)
    const need = <T>(table: Record<string, T>, name: string): T | null => {
      const found = table[name]
      if (found === undefined) problems.push(`${cmdlet} names “${name}”, which does not exist`)
      return found ?? null
    }
    if (READ_ONLY.test(cmdlet)) {
      if (cmdlet === 'Validate-OutboundConnector') need(m.outbound, id())
      continue
    }
    switch (cmdlet) {
      case 'New-OutboundConnector': {
        const name = str(params.Name)
        if (m.outbound[name]) problems.push(`${cmdlet} creates “${name}” twice`)
        m.outbound[name] = {
          type: str(params.ConnectorType),
          recipients:
            params.RecipientDomains === undefined ? [] : multi([], params.RecipientDomains),
          routeAll: params.RouteAllMessagesViaOnPremises === true,
          ruleScoped: params.IsTransportRuleScoped === true
        }
        break
      }
      case 'Set-OutboundConnector': {
        const c = need(m.outbound, id())
        if (!c) break
        if (params.RouteAllMessagesViaOnPremises !== undefined)
          c.routeAll = params.RouteAllMessagesViaOnPremises === true
        if (params.RecipientDomains !== undefined)
          c.recipients = multi(c.recipients, params.RecipientDomains)
        break
      }
      case 'Remove-OutboundConnector': {
        const name = id()
        if (!need(m.outbound, name)) break
        for (const [rule, r] of Object.entries(m.rules))
          if (r.connector === name)
            problems.push(`${cmdlet} removes “${name}” while rule “${rule}” uses it`)
        delete m.outbound[name]
        break
      }
      case 'New-InboundConnector': {
        const name = str(params.Name)
        if (m.inbound[name]) problems.push(`${cmdlet} creates “${name}” twice`)
        m.inbound[name] = {
          type: str(params.ConnectorType),
          associated:
            params.AssociatedAcceptedDomains === undefined
              ? []
              : multi([], params.AssociatedAcceptedDomains),
          restrict: params.RestrictDomainsToIPAddresses === true
        }
        break
      }
      case 'Set-InboundConnector': {
        const c = need(m.inbound, id())
        if (!c) break
        if (params.AssociatedAcceptedDomains !== undefined)
          c.associated = multi(c.associated, params.AssociatedAcceptedDomains)
        if (params.RestrictDomainsToIPAddresses !== undefined)
          c.restrict = params.RestrictDomainsToIPAddresses === true
        break
      }
      case 'Remove-InboundConnector':
        if (need(m.inbound, id())) delete m.inbound[id()]
        break
      case 'New-TransportRule': {
        const name = str(params.Name)
        const connector = str(params.RouteMessageOutboundConnector)
        if (m.rules[name]) problems.push(`${cmdlet} creates “${name}” twice`)
        const target = need(m.outbound, connector)
        if (target && !target.ruleScoped)
          problems.push(`rule “${name}” routes to a connector not scoped to rules`)
        m.rules[name] = { senderDomain: str(params.SenderDomainIs), connector }
        break
      }
      case 'Remove-TransportRule':
        if (need(m.rules, id())) delete m.rules[id()]
        break
      default:
        throw new Error(`the tenant model does not know ${cmdlet}: ${line}`)
    }
  }
  return m
}

/** The routing of `domain` that the shared objects decide. */
export function routingOf(m: TenantModel, domain: string): DomainRouting {
  const hybrid = Object.values(m.outbound).filter((c) => c.type === 'OnPremises' && !c.ruleScoped)
  const byRule = Object.values(m.rules).some(
    (r) => r.senderDomain === domain && m.outbound[r.connector] !== undefined
  )
  return {
    cloudToOnPrem: hybrid.some((c) => c.recipients.includes('*') || c.recipients.includes(domain)),
    cloudInternetViaOnPrem: byRule || hybrid.some((c) => c.routeAll || c.recipients.includes('*')),
    inboundRestricted: Object.values(m.inbound).some(
      (c) => c.restrict && (c.associated.length === 0 || c.associated.includes(domain))
    )
  }
}

/** The model with every list sorted, to compare two states. */
export function normalised(m: TenantModel): TenantModel {
  const sortAll = <T extends object>(table: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.keys(table)
        .sort()
        .map((key) => {
          const entry = { ...table[key] } as Record<string, unknown>
          for (const [field, v] of Object.entries(entry))
            if (Array.isArray(v)) entry[field] = [...(v as string[])].sort()
          return [key, entry as T]
        })
    )
  return { outbound: sortAll(m.outbound), inbound: sortAll(m.inbound), rules: sortAll(m.rules) }
}
