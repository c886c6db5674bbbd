/**
 * The DNS records a domain needs for its scenario, with the value each should hold, why, and the
 * checklist step it backs. The EOP MX host is Microsoft's to assign (domain-brief 1.1): without an
 * entered host nothing is expected, the record asks for it (assigned-mx.ts), and a host worked out
 * from the domain name is kept apart as a labelled guess.
 */
import { normaliseHostname, validateHostName } from '../net/hostname'
import { cloudNames, type MicrosoftCloud } from '../cloud'
import type { Domain, Project, StepId } from '../types'
import type { MxGuess } from './assigned-mx'
import { assignedMxRequest, mxGuess } from './assigned-mx'
import type { DnsRecordKind } from './records'
import { dkimTargetsOf, parseDmarc, validateExpectedValue } from './records'
import { composeSpf } from './spf-compose'

export type ExpectedRecordType = 'MX' | 'TXT' | 'CNAME'

export type ExpectedRecord = {
  kind: DnsRecordKind
  /** The DNS name to query. */
  name: string
  type: ExpectedRecordType
  /** What the record should hold; [] when only its format is known (nothing entered yet). */
  values: string[]
  /** True when the value is the app's advice rather than entered (the recommended DMARC record). */
  predicted: boolean
  /** A note the UI shows beside the value ('' when none). */
  label: string
  /**
   * MX at Exchange Online Protection with no assigned host entered: the host the old naming
   * pattern gives, shown only as a labelled guess, never as the value to publish. Null otherwise.
   */
  guess: MxGuess | null
  /** MX at Exchange Online Protection: the project's cloud, whose hosts an MX must be; else null. */
  cloud: MicrosoftCloud | null
  /** One line: why the domain needs this record. */
  why: string
  /** The checklist step the record backs, or null. */
  stepId: StepId | null
  warnings: string[]
  /** SPF: the record split into TXT strings of at most 255 bytes. */
  strings: string[]
  /** Values the record must not point to (autodiscover during hybrid). */
  mustNotBe: string[]
  /** What the project lacks to say what is expected, or null. */
  missing: string | null
}

/** The worldwide cloud-only autodiscover target, wrong while on-premises mailboxes remain
 *  (domain-brief 1.4); other clouds' targets are in CLOUD_NAMES. */
export const CLOUD_AUTODISCOVER = 'autodiscover.outlook.com'

/** What the app recommends for DMARC during hybrid (domain-brief 1.4). */
export const RECOMMENDED_DMARC = 'v=DMARC1; p=none'

type Entered = Partial<Record<DnsRecordKind, string>>

function base(kind: DnsRecordKind, name: string, type: ExpectedRecordType): ExpectedRecord {
  return {
    kind,
    name,
    type,
    values: [],
    predicted: false,
    label: '',
    guess: null,
    cloud: null,
    why: '',
    stepId: null,
    warnings: [],
    strings: [],
    mustNotBe: [],
    missing: null
  }
}

/** The entered value for `kind` when it passes validation; otherwise a warning says it was ignored. */
function enteredValue(
  kind: DnsRecordKind,
  entered: Entered,
  domainName: string,
  warnings: string[],
  cloud: MicrosoftCloud = 'worldwide'
): string | null {
  const input = entered[kind]
  if (input === undefined || input.trim() === '') return null
  const checked = validateExpectedValue(kind, input, domainName, cloud)
  if (checked.ok) return checked.value
  warnings.push(`The entered value is not used: ${checked.message}`)
  return null
}

function onPremHostOf(project: Project): string | null {
  if (project.onPremHost.trim() === '') return null
  const host = validateHostName(project.onPremHost)
  return host.ok ? host.value : null
}

const MISSING_HOST = 'Enter the on-premises mail host (such as mail.contoso.com) in the project.'

function mxRecord(project: Project, domain: Domain, entered: Entered): ExpectedRecord {
  const record = base('mx', domain.name, 'MX')
  const scenario = domain.scenario
  if (scenario === 3 || scenario === 4) {
    record.stepId = 'dns-mx-onprem'
    record.why = `Scenario ${scenario}: MX points to the on-premises server, so internet mail meets the on-premises filtering first.`
    const host = onPremHostOf(project)
    if (host === null) record.missing = MISSING_HOST
    else record.values = [host]
    return record
  }
  record.stepId = 'dns-mx-eop'
  record.why = `Scenario ${scenario}: MX points to Exchange Online Protection, so internet mail arrives through Microsoft 365.`
  const cloud = cloudNames(project).cloud
  record.cloud = cloud
  const host = enteredValue('mx', entered, domain.name, record.warnings, cloud)
  if (host !== null) {
    record.values = [host]
    return record
  }
  record.missing = assignedMxRequest(domain.name)
  record.guess = mxGuess(domain.name, cloud)
  return record
}

function spfRecord(project: Project, domain: Domain): ExpectedRecord {
  const record = base('spf', domain.name, 'TXT')
  record.stepId = 'dns-spf'
  record.why =
    'One SPF record lists Microsoft 365 and every on-premises and third-party server that sends as the domain.'
  const composed = composeSpf({
    ips: project.onPremIps,
    thirdParties: project.thirdPartySenders,
    cloud: cloudNames(project).cloud
  })
  record.values = [composed.record]
  record.strings = composed.strings
  record.warnings.push(...composed.warnings)
  if (project.onPremIps.length === 0) {
    record.warnings.push(
      'The project lists no on-premises IP addresses: add the public addresses of the on-premises servers that send mail, or their mail fails SPF.'
    )
  }
  return record
}

function verificationRecord(domain: Domain, entered: Entered): ExpectedRecord {
  const record = base('verification', domain.name, 'TXT')
  record.stepId = 'verify-domain'
  record.why =
    'Proves to Microsoft 365 that the organisation owns the domain; it does not change mail flow.'
  const value = enteredValue('verification', entered, domain.name, record.warnings)
  if (value !== null) record.values = [value]
  else record.label = 'format: MS=ms followed by 8 digits, as the admin center shows it'
  return record
}

function autodiscoverRecord(project: Project, domain: Domain, entered: Entered): ExpectedRecord {
  const record = base('autodiscover', `autodiscover.${domain.name}`, 'CNAME')
  record.why =
    'Stays on-premises while on-premises mailboxes remain: Outlook and the Hybrid Configuration Wizard (Get-FederationInformation) find Exchange through it.'
  record.mustNotBe = [cloudNames(project).autodiscover]
  const host =
    enteredValue('autodiscover', entered, domain.name, record.warnings) ?? onPremHostOf(project)
  if (host === null) record.missing = MISSING_HOST
  else record.values = [host]
  return record
}

function dkimRecords(domain: Domain, entered: Entered): ExpectedRecord[] {
  const warnings: string[] = []
  const value = enteredValue('dkim', entered, domain.name, warnings)
  const targets = dkimTargetsOf(value ?? '')
  return (['selector1', 'selector2'] as const).map((selector) => {
    const record = base('dkim', `${selector}._domainkey.${domain.name}`, 'CNAME')
    record.why =
      'Exchange Online signs with one selector at a time: both CNAMEs must exist to turn DKIM on and to rotate keys.'
    record.warnings.push(...warnings)
    const target = targets.find((t) => t.selector === selector)
    if (target) record.values = [target.target]
    else record.label = 'as shown in the Defender portal (Email authentication → DKIM)'
    return record
  })
}

function dmarcRecord(domain: Domain, entered: Entered): ExpectedRecord {
  const record = base('dmarc', `_dmarc.${domain.name}`, 'TXT')
  record.why =
    'Tracks the DMARC policy: keep p=none during the migration until SPF and DKIM pass for mail from both Microsoft 365 and on-premises.'
  const value = enteredValue('dmarc', entered, domain.name, record.warnings)
  if (value === null) {
    record.values = [RECOMMENDED_DMARC]
    record.predicted = true
    record.label = 'recommended during hybrid; add rua=mailto:… to receive reports'
    return record
  }
  record.values = [value]
  const parsedRecord = parseDmarc(value)
  if (parsedRecord.ok && parsedRecord.value.policy !== 'none') {
    record.warnings.push(
      `The policy is p=${parsedRecord.value.policy}: during hybrid, p=none is recommended until SPF and DKIM are proven for every path, or mail from a path not yet covered is ${parsedRecord.value.policy === 'reject' ? 'rejected' : 'sent to junk'}.`
    )
  }
  return record
}

/**
 * The records `domain` needs in its scenario, in display order: MX, SPF, verification,
 * autodiscover, DKIM selector1 and selector2, DMARC. `entered` holds what the user typed or
 * confirmed (the assigned EOP host, MS=ms…, DKIM targets, DMARC); invalid entries are ignored
 * with a warning on their record.
 */
export function expectedRecords(
  project: Project,
  domain: Domain,
  entered: Entered
): ExpectedRecord[] {
  const named: Domain = { ...domain, name: normaliseHostname(domain.name) }
  return [
    mxRecord(project, named, entered),
    spfRecord(project, named),
    verificationRecord(named, entered),
    autodiscoverRecord(project, named, entered),
    ...dkimRecords(named, entered),
    dmarcRecord(named, entered)
  ]
}
