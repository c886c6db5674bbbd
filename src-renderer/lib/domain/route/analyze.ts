/**
 * analyzeHeaders: from pasted message headers to the hops (oldest first, with delays), the path of
 * system classes the message passed through, the Microsoft headers' values and findings that do
 * not depend on the test's direction. checkRoute (check.ts) compares the result with a scenario.
 */
import { readHeaderBlock, type HeaderField } from './headers'
import { parseEndpoint, parseReceived, type ParsedEndpoint } from './received'
import { classifySystem, isPrivateAddress, isTrustedSystem, onPremBuild } from './classify'
import { SOURCES } from './sources'
import type {
  AntispamReport,
  AuthenticationResult,
  RouteAnalysis,
  RouteContext,
  RouteEndpoint,
  RouteFinding,
  RouteHop,
  RouteSignals,
  RouteSystem
} from './types'

const SUBMISSION = /^(mapi|https?|esmtpsa|esmtpa|smtpsa|asmtp|local|lmtp)\b/i

function endpoint(
  parsed: ParsedEndpoint,
  context: RouteContext,
  build: string | null
): RouteEndpoint | null {
  if (parsed.host === '' && parsed.ips.length === 0) return null
  return {
    host: parsed.host,
    ips: parsed.ips,
    system: classifySystem(parsed.host, parsed.ips, context, build)
  }
}

function values(fields: readonly HeaderField[], key: string): string[] {
  return fields.filter((field) => field.key === key).map((field) => field.value)
}

function parseAntispam(value: string): AntispamReport {
  const entries = new Map<string, string>()
  for (const part of value.split(';')) {
    const colon = part.indexOf(':')
    if (colon === -1) continue
    entries.set(part.slice(0, colon).trim().toUpperCase(), part.slice(colon + 1).trim())
  }
  const get = (key: string): string => entries.get(key) ?? ''
  return {
    dir: get('DIR'),
    sfv: get('SFV'),
    ipv: get('IPV'),
    cip: get('CIP'),
    scl: get('SCL'),
    h: get('H')
  }
}

function parseAuthentication(value: string): AuthenticationResult {
  const get = (key: string): string =>
    new RegExp(`(?:^|[\\s;])${key}=([a-z]+)`, 'i').exec(value)?.[1]?.toLowerCase() ?? ''
  return { spf: get('spf'), dkim: get('dkim'), dmarc: get('dmarc'), compauth: get('compauth') }
}

function bracketIp(value: string, name: string): string {
  return new RegExp(`${name}=\\[?([0-9a-f:.]+)\\]?`, 'i').exec(value)?.[1] ?? ''
}

function readSignals(fields: readonly HeaderField[], context: RouteContext): RouteSignals {
  const tenantId = context.tenantId?.trim().toLowerCase() ?? ''
  const crossTenantIds = values(fields, 'x-ms-exchange-crosstenant-id').map((v) => v.toLowerCase())
  const ours = (ip: string): boolean =>
    ip !== '' &&
    classifySystem('', [ip], {
      onPremIps: context.onPremIps ?? [],
      gatewayIps: context.gatewayIps ?? []
    }) !== 'internet'
  return {
    fromEntity: values(fields, 'x-ms-exchange-crosstenant-fromentityheader'),
    crossTenantIds,
    tenantMatches:
      tenantId === '' || crossTenantIds.length === 0
        ? null
        : crossTenantIds.every((id) => id === tenantId),
    attributedIps: values(
      fields,
      'x-ms-exchange-crosstenant-originalattributedtenantconnectingip'
    ).map((v) => bracketIp(v, 'ip')),
    authAs: values(fields, 'x-ms-exchange-organization-authas'),
    directionality: values(fields, 'x-ms-exchange-organization-messagedirectionality'),
    antispam: values(fields, 'x-forefront-antispam-report').map(parseAntispam),
    authentication: values(fields, 'authentication-results').map(parseAuthentication),
    receivedSpf: values(fields, 'received-spf').map((v) =>
      (/^\s*([a-z]+)/i.exec(v)?.[1] ?? '').toLowerCase()
    ),
    crossPremisesFilteredBy: values(fields, 'x-crosspremisesheadersfilteredbysendconnector'),
    skipListed: values(fields, 'x-ms-exchange-skiplistedinternetsender').map((v) => {
      const ip = bracketIp(v, 'ip')
      return { ip, ourAddress: ours(ip) }
    }),
    organizationHeaders: fields.some((field) =>
      field.key.startsWith('x-ms-exchange-organization-')
    ),
    autoForwarded:
      values(fields, 'x-ms-exchange-organization-autoforwarded').some((v) => /true/i.test(v)) ||
      fields.some(
        (field) =>
          field.key === 'x-ms-exchange-inbox-rules-loop' ||
          field.key === 'x-ms-exchange-forwardingloop'
      )
  }
}

/** The hops' systems in order, from the sending system to the last receiving one. */
function pathOf(hops: readonly RouteHop[]): RouteSystem[] {
  const systems: RouteSystem[] = []
  const trusted = hops.filter((hop) => hop.trusted)
  trusted.forEach((hop, index) => {
    const from = hop.from
    // The oldest hop's sender is a mail client when it submitted the message (MAPI, HTTP,
    // authenticated SMTP) or only has a private address: the route starts at the server.
    const client =
      index === 0 &&
      from !== null &&
      from.system === 'internet' &&
      (SUBMISSION.test(hop.with) ||
        (from.ips.length > 0 && from.ips.every(isPrivateAddress)) ||
        from.host === 'localhost')
    if (from !== null && !client) systems.push(from.system)
    if (hop.by !== null) systems.push(hop.by.system)
  })
  return systems.filter((system, i) => i === 0 || systems[i - 1] !== system)
}

function list(items: readonly (string | number)[]): string {
  return items.length <= 5
    ? items.join(', ')
    : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`
}

/** Why the pasted text yields no headers, or which of its lines were skipped. */
function blockFindings(block: ReturnType<typeof readHeaderBlock>): RouteFinding[] {
  const findings: RouteFinding[] = []
  if (block.fields.length === 0) {
    findings.push({
      code: 'no-headers',
      severity: 'problem',
      message:
        block.junkLines.length > 0
          ? `No message headers found: line ${block.junkLines[0]} is not a header ("Name: value"). Paste the message's internet headers (in Outlook: File → Properties → Internet headers), or drop the .eml file.`
          : 'Nothing to read: paste the message’s internet headers or drop its .eml file.'
    })
    return findings
  }
  if (block.junkLines.length > 0) {
    findings.push({
      code: 'unreadable-lines',
      severity: 'warning',
      message: `Line${block.junkLines.length === 1 ? '' : 's'} ${list(block.junkLines)} ${block.junkLines.length === 1 ? 'is' : 'are'} neither a header nor the continuation of one and ${block.junkLines.length === 1 ? 'was' : 'were'} skipped. If the headers were re-wrapped when copied, copy them again from the message.`
    })
  }
  return findings
}

/** The Received lines as hops, oldest first, with the systems they name. */
function readHops(
  fields: ReturnType<typeof readHeaderBlock>['fields'],
  context: RouteContext
): RouteHop[] {
  const received = fields.filter((field) => field.key === 'received').reverse()
  const parsed = received.map((field) => ({ field, clauses: parseReceived(field.value) }))

  // Hosts the Received ids mark as on-premises Exchange also count as on-premises where they send.
  const hostSystems = new Map<string, RouteSystem>()
  const hops: RouteHop[] = parsed.map(({ field, clauses }, i) => {
    const by = endpoint(parseEndpoint(clauses.by), context, onPremBuild(clauses.id))
    if (by !== null && by.host !== '') hostSystems.set(by.host, by.system)
    const previous = i > 0 ? parsed[i - 1]?.clauses.time : null
    return {
      index: i + 1,
      from: endpoint(parseEndpoint(clauses.from), context, null),
      by,
      with: clauses.with,
      id: clauses.id,
      date: clauses.time === null ? null : new Date(clauses.time).toISOString(),
      delaySeconds:
        previous === null || previous === undefined || clauses.time === null
          ? null
          : Math.round((clauses.time - previous) / 1000),
      trusted: true,
      raw: field.value
    }
  })
  for (const hop of hops) {
    const known = hop.from ? hostSystems.get(hop.from.host) : undefined
    if (hop.from && hop.from.system === 'internet' && known !== undefined) hop.from.system = known
  }
  return hops
}

/**
 * Newest first: the reader's own provider, then the organisation's and Microsoft's systems.
 * Below the first trusted system, hops written by anyone else are the sender's word only.
 */
function markUntrusted(hops: RouteHop[]): void {
  let seenTrusted = false
  let cut = false
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]
    if (hop === undefined) continue
    const trusted = hop.by !== null && isTrustedSystem(hop.by.system)
    if (cut) hop.trusted = false
    else if (trusted) seenTrusted = true
    else if (seenTrusted) {
      cut = true
      hop.trusted = false
    }
  }
}

/** Hops missing, hops the sender wrote, and clocks that disagree. */
function hopFindings(hops: readonly RouteHop[]): RouteFinding[] {
  const findings: RouteFinding[] = []
  if (hops.length === 0) {
    findings.push({
      code: 'no-received',
      severity: 'problem',
      message:
        'The headers have no Received lines, so the route cannot be read. The copy in Sent Items has none: read the headers of the message where it arrived.'
    })
  }

  const untrusted = hops.filter((hop) => !hop.trusted)
  if (untrusted.length > 0) {
    const claimsOurs = untrusted.filter(
      (hop) =>
        (hop.by !== null && hop.by.system !== 'internet') ||
        (hop.from !== null && hop.from.system !== 'internet')
    )
    findings.push(
      claimsOurs.length > 0
        ? {
            code: 'forged-looking-hops',
            severity: 'warning',
            message: `Hop${claimsOurs.length === 1 ? '' : 's'} ${list(claimsOurs.map((hop) => hop.index))} name${claimsOurs.length === 1 ? 's' : ''} Microsoft 365 or on-premises systems but ${claimsOurs.length === 1 ? 'lies' : 'lie'} below the first hop your systems wrote: the sender's systems wrote ${claimsOurs.length === 1 ? 'it' : 'them'}, so ${claimsOurs.length === 1 ? 'it is' : 'they are'} not used for the route. Such hops are often forged.`,
            source: SOURCES.messageHeaders
          }
        : {
            code: 'untrusted-hops',
            severity: 'info',
            message: `${untrusted.length} hop${untrusted.length === 1 ? '' : 's'} below the first trusted one ${untrusted.length === 1 ? 'was' : 'were'} written by the sender's systems; shown, not used for the route.`
          }
    )
  }
  if (hops.some((hop) => hop.delaySeconds !== null && hop.delaySeconds < 0)) {
    findings.push({
      code: 'clock-skew',
      severity: 'info',
      message:
        'Some hops are dated before the hop that precedes them: the servers’ clocks differ, so those delays are not reliable.'
    })
  }
  return findings
}

/** Reads pasted headers (or a whole message); never throws. */
export function analyzeHeaders(text: string, context: RouteContext = {}): RouteAnalysis {
  const block = readHeaderBlock(typeof text === 'string' ? text : '')
  const { fields } = block
  const signals = readSignals(fields, context)
  const findings = blockFindings(block)
  if (fields.length === 0) return { hops: [], path: [], findings, signals, headerCount: 0 }
  const hops = readHops(fields, context)
  markUntrusted(hops)
  findings.push(...hopFindings(hops), ...signalFindings(signals, context))
  return { hops, path: pathOf(hops), findings, signals, headerCount: fields.length }
}

function signalFindings(signals: RouteSignals, context: RouteContext): RouteFinding[] {
  return [...attributionFindings(signals, context), ...authenticationFindings(signals)]
}

/** Which tenant Exchange Online attributed the message to, and what enhanced filtering skipped. */
function attributionFindings(signals: RouteSignals, context: RouteContext): RouteFinding[] {
  const findings: RouteFinding[] = []
  if (signals.tenantMatches === false) {
    findings.push({
      code: 'foreign-tenant',
      severity: 'problem',
      header: 'X-MS-Exchange-CrossTenant-Id',
      message: `Exchange Online attributed the message to tenant ${signals.crossTenantIds.find((id) => id !== context.tenantId?.toLowerCase()) ?? ''}, not to this project's tenant: the connector that matched belongs to another organisation (a shared IP or a certificate whose name is not one of your accepted domains).`,
      stepId: 'connector-onprem-to-cloud',
      setting: 'TlsSenderCertificateName or SenderIPAddresses of the OnPremises inbound connector',
      source: SOURCES.relayRequirements
    })
  } else if (signals.tenantMatches === true) {
    findings.push({
      code: 'own-tenant',
      severity: 'ok',
      header: 'X-MS-Exchange-CrossTenant-Id',
      message: 'Exchange Online attributed the message to this project’s tenant.'
    })
  }
  for (const skip of signals.skipListed) {
    findings.push(
      skip.ourAddress
        ? {
            code: 'enhanced-filtering-seen',
            severity: 'ok',
            header: 'X-MS-Exchange-SkipListedInternetSender',
            message: `Enhanced filtering skipped ${skip.ip}, one of your on-premises or filter addresses, and judged the original sender instead.`,
            source: SOURCES.enhancedFiltering
          }
        : {
            code: 'skip-listed-other',
            severity: 'info',
            header: 'X-MS-Exchange-SkipListedInternetSender',
            message: `The skip-listing header names ${skip.ip === '' ? 'no address' : skip.ip}, which is not one of your on-premises or filter addresses: it appears on ordinary Exchange Online mail too, so it does not show enhanced filtering at work.`,
            source: SOURCES.enhancedFiltering
          }
    )
  }
  for (const server of signals.crossPremisesFilteredBy) {
    findings.push({
      code: 'cross-premises-headers-filtered',
      severity: 'info',
      header: 'X-CrossPremisesHeadersFilteredBySendConnector',
      message: `The on-premises server ${server} removed the cross-premises headers when it sent the message: normal for a send connector to the internet, wrong on the connector to Microsoft 365 (CloudServicesMailEnabled).`,
      source: SOURCES.demystifying
    })
  }
  return findings
}

/** SPF, DKIM, DMARC and the spam verdict. */
function authenticationFindings(signals: RouteSignals): RouteFinding[] {
  const findings: RouteFinding[] = []
  const auth = signals.authentication
  const failed = (['spf', 'dkim', 'dmarc', 'compauth'] as const).filter((key) =>
    auth.some((result) => /^(fail|softfail|permerror|temperror)$/.test(result[key]))
  )
  if (failed.length > 0) {
    findings.push({
      code: 'authentication-failed',
      severity: 'warning',
      header: 'Authentication-Results',
      message: `${failed.map((key) => key.toUpperCase()).join(', ')} did not pass. Where the message came through your own servers, check that SPF lists their addresses and, where mail enters Microsoft 365 from them, that enhanced filtering skips them.`,
      stepId: failed.includes('spf') ? 'dns-spf' : undefined,
      source: SOURCES.messageHeaders
    })
  } else if (auth.some((result) => result.spf === 'pass' || result.dmarc === 'pass')) {
    findings.push({
      code: 'authentication-passed',
      severity: 'ok',
      header: 'Authentication-Results',
      message: 'SPF, DKIM and DMARC results show no failure.'
    })
  }
  if (signals.antispam.some((report) => report.sfv === 'SPM')) {
    findings.push({
      code: 'marked-spam',
      severity: 'warning',
      header: 'X-Forefront-Antispam-Report',
      message:
        'Exchange Online Protection marked the message as spam (SFV:SPM): a test message should not be.',
      source: SOURCES.messageHeaders
    })
  }
  return findings
}
