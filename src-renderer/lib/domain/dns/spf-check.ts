/**
 * RFC 7208 check_host(): evaluates a domain's SPF record for a client IP through a DnsResolver,
 * with the processing limits, macros, include/redirect recursion, exp= explanations, and a trace
 * tree the app shows so users see where each DNS lookup comes from.
 */
import { normaliseHostname } from '../net/hostname'
import { parseIp, unmapIpv4 } from '../net/ip'
import type { DnsResolver } from './resolver'
import { isDnsError } from './resolver'
import type { Context, Outcome } from './spf-check-context'
import {
  countLookup,
  dnsCode,
  expandDomain,
  isQueryable,
  macroValues,
  newNode,
  SpfAbort
} from './spf-check-context'
import { matches } from './spf-check-mechanisms'
import type {
  SpfCheckParams,
  SpfEvaluation,
  SpfResult,
  SpfTermTrace,
  SpfTraceNode
} from './spf-check-types'
import { expandMacroTokens, parseMacroString } from './spf-macro'
import type { SpfModifier, SpfQualifier } from './spf-parse'
import { isSpfRecord, parseSpf } from './spf-parse'

/** The identity check_host() evaluates (RFC 7208 §2.4): MAIL FROM's domain, else the HELO name. */
export function spfIdentity(mailFrom: string, helo: string): { domain: string; sender: string } {
  if (mailFrom === '') return { domain: helo, sender: `postmaster@${helo}` }
  const at = mailFrom.lastIndexOf('@')
  return { domain: at < 0 ? mailFrom : mailFrom.slice(at + 1), sender: mailFrom }
}

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral'
}

/**
 * Evaluates `params.domain`'s SPF record for `params.ip`, as RFC 7208 check_host() does.
 * Throws TypeError when `params.ip` is not an IP address.
 */
export async function checkHost(
  params: SpfCheckParams,
  resolver: DnsResolver
): Promise<SpfEvaluation> {
  const parsedIp = parseIp(params.ip)
  if (!parsedIp) throw new TypeError(`Not an IP address: ${params.ip}`)
  const at = params.sender.lastIndexOf('@')
  const localPart = at > 0 ? params.sender.slice(0, at) : 'postmaster'
  const senderDomain = at < 0 ? params.sender : params.sender.slice(at + 1)
  const ctx: Context = {
    resolver,
    ip: unmapIpv4(parsedIp),
    localPart,
    sender: `${localPart}@${senderDomain}`,
    senderDomain,
    helo: params.helo ?? 'unknown',
    receiver: params.receiver ?? 'unknown',
    timestamp: Math.floor((params.now?.getTime() ?? 0) / 1000),
    lookups: 0,
    voids: 0,
    validatedName: new Map(),
    evaluate: (node, wantExplanation) => evaluate(ctx, node, wantExplanation)
  }
  const tree = newNode(normaliseHostname(params.domain), null)
  const outcome = await evaluate(ctx, tree, true)
  return { ...outcome, lookups: ctx.lookups, voidLookups: ctx.voids, tree }
}

/** check_host() for one domain; fills `node` and returns the outcome, aborting on errors. */
async function evaluate(
  ctx: Context,
  node: SpfTraceNode,
  wantExplanation: boolean
): Promise<Outcome> {
  try {
    const outcome = await evaluateRecord(ctx, node, wantExplanation)
    node.result = outcome.result
    if (outcome.result === 'none') node.error = outcome.reason
    return outcome
  } catch (error) {
    if (!(error instanceof SpfAbort)) throw error
    if (!error.recorded) node.error = error.message
    error.recorded = true
    node.result = error.result
    if (node.via !== null) throw error
    return { result: error.result, explanation: null, reason: error.message }
  }
}

async function evaluateRecord(
  ctx: Context,
  node: SpfTraceNode,
  wantExplanation: boolean
): Promise<Outcome> {
  const domain = node.domain
  if (!isQueryable(domain)) {
    return none(`“${domain}” is not a valid domain name, so it has no SPF record.`)
  }
  let answers: string[][]
  try {
    answers = await ctx.resolver.txt(domain)
  } catch (error) {
    if (isDnsError(error, 'NXDOMAIN')) return none(`${domain} does not exist.`)
    throw new SpfAbort('temperror', `The TXT lookup for ${domain} failed (${dnsCode(error)}).`)
  }
  const records = answers.map((strings) => strings.join('')).filter(isSpfRecord)
  if (records.length === 0) return none(`${domain} has no SPF record.`)
  if (records.length > 1) {
    throw new SpfAbort(
      'permerror',
      `${domain} has ${records.length} SPF records: only one is allowed.`
    )
  }
  const record = records[0] ?? ''
  node.record = record
  const parsed = parseSpf(record)
  if (!parsed.ok) {
    const first = parsed.errors[0]
    throw new SpfAbort(
      'permerror',
      `The SPF record of ${domain} has a syntax error at character ${(first?.position ?? 0) + 1} (“${first?.term ?? ''}”): ${first?.message ?? ''}`
    )
  }
  for (const term of parsed.terms) {
    if (term.kind !== 'mechanism') continue
    if (await matches(ctx, node, term)) {
      const result = QUALIFIER_RESULT[term.qualifier]
      const reason = `“${term.text}” in the SPF record of ${domain} matched: ${result}.`
      const explanation =
        result === 'fail' && wantExplanation && parsed.exp
          ? await explain(ctx, domain, parsed.exp)
          : null
      return { result, explanation, reason }
    }
  }
  if (parsed.redirect) return redirect(ctx, node, parsed.redirect, wantExplanation)
  return {
    result: 'neutral',
    explanation: null,
    reason: `Nothing in the SPF record of ${domain} matched: neutral.`
  }
}

function none(reason: string): Outcome {
  return { result: 'none', explanation: null, reason }
}

async function redirect(
  ctx: Context,
  node: SpfTraceNode,
  modifier: SpfModifier,
  wantExplanation: boolean
): Promise<Outcome> {
  const trace: SpfTermTrace = { term: modifier.text, counted: true, outcome: 'error', detail: '' }
  node.terms.push(trace)
  countLookup(ctx, node)
  const target = await expandDomain(ctx, modifier.tokens, node.domain)
  const child = newNode(target, modifier.text)
  node.children.push(child)
  const outcome = await evaluate(ctx, child, wantExplanation)
  trace.outcome = 'followed'
  trace.detail = `${target}: ${outcome.result}`
  if (outcome.result === 'none') {
    child.result = 'permerror'
    throw new SpfAbort('permerror', `${modifier.text}: ${outcome.reason}`)
  }
  return outcome
}

/**
 * The exp= explanation (RFC 7208 §6.2). Any DNS problem, a missing or second TXT record, non-ASCII
 * text or bad macro syntax means no explanation. Not counted against the lookup limits.
 */
async function explain(ctx: Context, domain: string, exp: SpfModifier): Promise<string | null> {
  try {
    const name = await expandDomain(ctx, exp.tokens, domain)
    if (!isQueryable(name)) return null
    const answers = await ctx.resolver.txt(name)
    if (answers.length !== 1) return null
    const text = (answers[0] ?? []).join('')
    const parsedText = parseMacroString(text, 'explanation')
    if (!parsedText.ok) return null
    return await expandMacroTokens(parsedText.tokens, macroValues(ctx, domain))
  } catch (error) {
    if (error instanceof SpfAbort || isDnsError(error)) return null
    throw error
  }
}
