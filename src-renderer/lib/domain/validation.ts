/**
 * Validation of what users type into the project, domain and step forms. Each validator
 * returns either the normalised value or a message per field, so a form can show the message
 * at the field and the repositories can refuse the same input before anything is written.
 */
import { dayNumber } from './days'
import { validateDomainName, validateHostName } from './net/hostname'
import { validateIpOrCidr } from './net/ip'
import { publicAddressProblem, spfRangeProblem } from './net/ranges'
import { CLOUD_NAMES, isMicrosoftCloud, MICROSOFT_CLOUDS, type MicrosoftCloud } from './cloud'
import { validateSpfIncludeDomain } from './dns/spf-include'
import type {
  DomainConditions,
  ExchangeVersion,
  Project,
  RowMeta,
  Scenario,
  Scenario2Outbound,
  StepStatus
} from './types'
import type { StepFields } from './step-drafts'
import { SCENARIOS, STEP_STATUSES } from './types'

export type FieldErrors = Record<string, string>

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

/** Thrown by repositories when input that bypassed a form is invalid; nothing is written. */
export class ValidationError extends Error {
  readonly errors: FieldErrors
  constructor(errors: FieldErrors) {
    super(Object.values(errors).join(' '))
    this.name = 'ValidationError'
    this.errors = errors
  }
}

export const EXCHANGE_VERSIONS: readonly { value: ExchangeVersion; label: string }[] = [
  { value: 'SE', label: 'Exchange Server Subscription Edition' },
  { value: '2019', label: 'Exchange Server 2019' },
  { value: '2016', label: 'Exchange Server 2016' },
  { value: '2013', label: 'Exchange Server 2013' },
  { value: '2010', label: 'Exchange Server 2010' },
  { value: '2007', label: 'Exchange Server 2007' },
  { value: 'none', label: 'No Exchange on-premises (other mail server)' }
]

/** The Hybrid Configuration Wizard supports Exchange 2010 and later (reference page, scenario 1 note). */
export function isExchange2010OrLater(version: ExchangeVersion): boolean {
  return version !== '2007' && version !== 'none'
}

/**
 * What the project form edits: a project's fields but its row data and the tenant id (recorded
 * from an inventory). Forms that do not show the optional ones leave them out ('' when read back);
 * an absent cloud means worldwide (forms written before the setting existed).
 */
export type ProjectInput = Omit<Project, keyof RowMeta | 'tenantId'>

const MAX_NAME_LENGTH = 120

function validateName(raw: string, what: string): string | { error: string } {
  const name = raw.trim()
  if (name === '') return { error: `Enter a ${what} name.` }
  if (name.length > MAX_NAME_LENGTH)
    return {
      error: `The ${what} name is ${name.length} characters; keep it to ${MAX_NAME_LENGTH}.`
    }
  return name
}

/** Splits a list typed one per line or separated by commas, semicolons or spaces. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function validateEach(
  items: readonly string[],
  check: (item: string) => { ok: true; value: string } | { ok: false; message: string }
): { values: string[] } | { error: string } {
  const values: string[] = []
  for (const item of items) {
    const result = check(item)
    if (!result.ok) return { error: result.message }
    if (!values.includes(result.value)) values.push(result.value)
  }
  return { values }
}

/** A third-party sender is either an SPF include domain or an IP address or range. */
function validateSender(
  item: string
): { ok: true; value: string } | { ok: false; message: string } {
  const asIp = validateIpOrCidr(item)
  if (asIp.ok) return asIp
  if (/^[\d.:/]+$/.test(item.trim())) return asIp
  const asDomain = validateSpfIncludeDomain(item.replace(/^include:/i, ''))
  if (asDomain.ok) return asDomain
  return {
    ok: false,
    message: `“${item}” is neither an IP address, a CIDR range nor a domain to include.`
  }
}

/**
 * Why a tenant name does not fit the cloud, or null. The hybrid routing domain
 * (contoso.mail.onmicrosoft.com) ends like a tenant name but is not one: the commands built from
 * it would route mail to a domain that does not exist.
 */
function tenantNameProblem(name: string, cloud: MicrosoftCloud): string | null {
  for (const other of MICROSOFT_CLOUDS) {
    const routing = CLOUD_NAMES[other].routingSuffix
    if (name.endsWith(routing)) {
      const prefix = name.slice(0, -routing.length)
      return `${name} is the hybrid routing domain, not the tenant name: enter the initial domain, ${prefix}${CLOUD_NAMES[other].tenantSuffix}.`
    }
  }
  const names = CLOUD_NAMES[cloud]
  if (name.endsWith(names.tenantSuffix) && name.length > names.tenantSuffix.length) return null
  const other = MICROSOFT_CLOUDS.find((c) => name.endsWith(CLOUD_NAMES[c].tenantSuffix))
  if (other !== undefined)
    return `${name} is a tenant of the ${CLOUD_NAMES[other].label} cloud, but the project is set to ${names.label}: change the cloud or the tenant name.`
  return `The tenant name ends in ${names.tenantSuffix}, e.g. contoso${names.tenantSuffix}.`
}

export function validateProjectInput(input: ProjectInput): Validated<ProjectInput> {
  const errors: FieldErrors = {}
  const name = validateName(input.name, 'project')
  if (typeof name !== 'string') errors.name = name.error

  const cloud = input.cloud ?? 'worldwide'
  if (!isMicrosoftCloud(cloud)) errors.cloud = 'Choose the Microsoft 365 cloud of the tenant.'
  let tenantName = input.tenantName.trim().toLowerCase()
  if (tenantName !== '') {
    const parsed = validateDomainName(tenantName)
    const names = CLOUD_NAMES[isMicrosoftCloud(cloud) ? cloud : 'worldwide']
    if (!parsed.ok) errors.tenantName = parsed.message
    else {
      const message = tenantNameProblem(parsed.value, names.cloud)
      if (message !== null) errors.tenantName = message
      else tenantName = parsed.value
    }
  }

  let onPremHost = input.onPremHost.trim()
  if (onPremHost !== '') {
    const parsed = validateHostName(onPremHost)
    if (parsed.ok) onPremHost = parsed.value
    else errors.onPremHost = parsed.message
  }

  const hostField = (field: 'certificateDomain' | 'hybridEndpoint'): string => {
    const value = (input[field] ?? '').trim()
    if (value === '') return ''
    const parsed = validateHostName(value)
    if (parsed.ok) return parsed.value
    errors[field] = parsed.message
    return value
  }
  const certificateDomain = hostField('certificateDomain')
  const hybridEndpoint = hostField('hybridEndpoint')

  const ips = validateEach(input.onPremIps, validateIpOrCidr)
  if ('error' in ips) errors.onPremIps = ips.error
  const senders = validateEach(input.thirdPartySenders, validateSender)
  if ('error' in senders) errors.thirdPartySenders = senders.error

  if (!EXCHANGE_VERSIONS.some((v) => v.value === input.exchangeVersion))
    errors.exchangeVersion = 'Choose the Exchange version that runs on-premises.'

  if (
    Object.keys(errors).length > 0 ||
    typeof name !== 'string' ||
    'error' in ips ||
    'error' in senders
  )
    return { ok: false, errors }
  return {
    ok: true,
    value: {
      cloud,
      name,
      tenantName,
      onPremHost,
      certificateDomain,
      hybridEndpoint,
      onPremIps: ips.values,
      thirdPartySenders: senders.values,
      exchangeVersion: input.exchangeVersion
    }
  }
}

/**
 * What the project form should question without refusing (issue 11, item 8): on-premises IPs that
 * are private, loopback or every address, and third-party SPF ranges that are also broader than
 * IPv4 /16 or IPv6 /48. Entries that do not parse are left to validateProjectInput.
 */
export function projectInputWarnings(
  input: Pick<ProjectInput, 'onPremIps' | 'thirdPartySenders'>
): Partial<Record<'onPremIps' | 'thirdPartySenders', string>> {
  const warnings: Partial<Record<'onPremIps' | 'thirdPartySenders', string>> = {}
  const join = (
    items: readonly string[],
    problem: (text: string) => string | null
  ): string | undefined => {
    const found = items.flatMap((item) => {
      const checked = validateIpOrCidr(item)
      const message = checked.ok ? problem(checked.value) : null
      return message === null ? [] : [message]
    })
    return found.length > 0 ? found.join(' ') : undefined
  }
  const onPremIps = join(input.onPremIps, publicAddressProblem)
  if (onPremIps !== undefined) warnings.onPremIps = onPremIps
  const senders = join(input.thirdPartySenders, spfRangeProblem)
  if (senders !== undefined) warnings.thirdPartySenders = senders
  return warnings
}

export type DomainInput = {
  name: string
  scenario: Scenario
  conditions: DomainConditions
  /** Scenario 2's outbound path; absent until chosen (or left to decide later). Kept in the other
   *  scenarios, where nothing reads it, so a runbook or a move back into scenario 2 finds it and
   *  the form shows it, preselected, when scenario 2 is chosen again. */
  scenario2Outbound?: Scenario2Outbound
}

export const SCENARIO2_OUTBOUND_CHOICES: readonly Scenario2Outbound[] = [
  'direct',
  'through-exchange-online'
]

/** `existingNames` are the other domains of the project, lower-case. */
export function validateDomainInput(
  input: DomainInput,
  existingNames: readonly string[]
): Validated<DomainInput> {
  const errors: FieldErrors = {}
  const parsed = validateDomainName(input.name)
  if (!parsed.ok) errors.name = parsed.message
  else if (existingNames.includes(parsed.value))
    errors.name = `${parsed.value} is already in this project.`
  if (!SCENARIOS.includes(input.scenario)) errors.scenario = 'Choose one of the four scenarios.'
  const outbound = input.scenario2Outbound
  if (outbound !== undefined && !SCENARIO2_OUTBOUND_CHOICES.includes(outbound))
    errors.scenario2Outbound =
      'Choose where the on-premises servers send internet mail: directly or back through Exchange Online.'
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      name: parsed.value,
      scenario: input.scenario,
      conditions: { ...input.conditions },
      ...(outbound === undefined ? {} : { scenario2Outbound: outbound })
    }
  }
}

/** A change to what the step form edits (step-drafts.ts). */
export type StepPatch = Partial<StepFields>

const MAX_TEXT = 20_000

/** Checks a step edit; `currentStatus` is used when the patch changes only the reason. */
export function validateStepPatch(
  patch: StepPatch,
  currentStatus: StepStatus
): Validated<StepPatch> {
  const errors: FieldErrors = {}
  const value: StepPatch = {}
  if (patch.status !== undefined) {
    if (!STEP_STATUSES.includes(patch.status)) errors.status = 'Unknown status.'
    else value.status = patch.status
  }
  const status = value.status ?? currentStatus
  if (patch.statusReason !== undefined) value.statusReason = patch.statusReason.trim()
  if (
    (status === 'blocked' || status === 'not-applicable') &&
    patch.status !== undefined &&
    (value.statusReason ?? '') === ''
  )
    errors.statusReason =
      status === 'blocked'
        ? 'Say what blocks this step.'
        : 'Say why this step does not apply to this domain.'
  if (patch.owner !== undefined) {
    const owner = patch.owner.trim()
    if (owner.length > MAX_NAME_LENGTH)
      errors.owner = `Keep the owner to ${MAX_NAME_LENGTH} characters.`
    value.owner = owner
  }
  if (patch.dueDate !== undefined) {
    const due = patch.dueDate.trim()
    if (due !== '' && !isIsoDate(due)) errors.dueDate = 'Enter the due date as YYYY-MM-DD.'
    value.dueDate = due
  }
  for (const field of ['notes', 'evidence'] as const) {
    const text = patch[field]
    if (text === undefined) continue
    if (text.length > MAX_TEXT)
      errors[field] = `This text is ${text.length} characters; keep it under ${MAX_TEXT}.`
    value[field] = text
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value }
}

/** A real calendar date in YYYY-MM-DD form. */
export function isIsoDate(text: string): boolean {
  return dayNumber(text) !== null
}
