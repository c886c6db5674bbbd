/**
 * Reading single cell values of Exchange exports: sizes, durations, percentages, addresses and the
 * many ways a tool writes "nothing". Every parser takes a cleaned value (see {@link cleanValue})
 * and returns undefined when the text is not what it should be, so the caller can say which line.
 */

/** Written for "no value" by PowerShell ($null, empty), Excel (#N/A) and people (N/A, -). */
const NULL_LIKES: ReadonlySet<string> = new Set([
  '',
  'null',
  '(null)',
  '$null',
  'n/a',
  '#n/a',
  '-',
  '--'
])

/** Whether a cell means "no value" (after trimming; case does not matter). */
export function isNullLike(raw: string): boolean {
  const value = raw.trim()
  return value.length <= 6 && NULL_LIKES.has(value.toLowerCase())
}

/**
 * The value of a cell: surrounding whitespace removed (spaces, tabs, line breaks, no-break
 * spaces), and undefined for empty and null-like cells. Nothing else changes: no unescaping,
 * no HTML escaping, inner whitespace and line breaks kept.
 */
export function cleanValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const value = raw.trim()
  if (value.length <= 6 && NULL_LIKES.has(value.toLowerCase())) return undefined
  return value
}

/**
 * A number as Exchange prints it in any locale: "1,324,567,890", "1.324.567.890", "1 324 567 890",
 * "1'324'567'890", "12.5", "12,5". A separator followed by exactly three digits, repeated or
 * mixed with the other separator, is a thousands separator; otherwise it is the decimal point.
 */
export function parseLocaleNumber(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, '')
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return undefined
  const dots = compact.split('.').length - 1
  const commas = compact.split(',').length - 1
  let normalised: string
  if (dots > 0 && commas > 0) {
    const decimal = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ','
    const thousands = decimal === '.' ? ',' : '.'
    normalised = compact.split(thousands).join('').replace(decimal, '.')
    if (normalised.split('.').length > 2) return undefined
  } else if (dots + commas === 0) {
    normalised = compact
  } else {
    const sep = dots > 0 ? '.' : ','
    const groups = compact.split(sep)
    const grouped = groups.slice(1).every((g) => g.length === 3) && (groups[0] ?? '').length <= 3
    if (groups.length > 2 || (grouped && sep === ',')) {
      // "1,234" is one thousand two hundred and thirty-four in Exchange's English output;
      // "1.234" stays a decimal because Exchange writes sizes as "1.234 GB".
      if (!grouped) return undefined
      normalised = groups.join('')
    } else {
      normalised = groups.join('.')
    }
  }
  const n = Number(normalised)
  return Number.isFinite(n) ? n : undefined
}

const UNIT_POWERS: Readonly<Record<string, number>> = {
  b: 0,
  byte: 0,
  bytes: 0,
  kb: 1,
  kib: 1,
  mb: 2,
  mib: 2,
  gb: 3,
  gib: 3,
  tb: 4,
  tib: 4,
  pb: 5,
  pib: 5
}

const BYTES_IN_PARENS = /\(\s*([\d\s\u00a0\u202f.,']+?)\s*bytes?\s*\)/i
const SIZE_WITH_UNIT = /^([\d\s\u00a0\u202f.,']*\d)\s*([a-z]+)?$/i

/**
 * A mailbox size in bytes. Exchange's ByteQuantifiedSize prints "1.234 GB (1,324,567,890 bytes)":
 * the exact byte count in parentheses wins. Without it ("12.5 GB", "980 MB", "0 B") the unit is
 * binary, as Exchange's is (1 GB = 1024³ bytes); a bare number is bytes. Rounded to whole bytes.
 */
export function parseSize(raw: string): number | undefined {
  const value = raw.trim()
  const exact = BYTES_IN_PARENS.exec(value)
  if (exact !== null) {
    const digits = (exact[1] ?? '').replace(/\D/g, '')
    return digits === '' ? undefined : Number(digits)
  }
  const match = SIZE_WITH_UNIT.exec(value)
  if (match === null) return undefined
  const power = match[2] === undefined ? 0 : UNIT_POWERS[match[2].toLowerCase()]
  const amount = parseLocaleNumber(match[1] ?? '')
  if (power === undefined || amount === undefined) return undefined
  return Math.round(amount * 1024 ** power)
}

/** A size written as a number of gigabytes (a planning sheet's "TotalGB" column), in bytes. */
export function parseGigabytes(raw: string): number | undefined {
  const amount = parseLocaleNumber(raw.trim())
  return amount === undefined ? undefined : Math.round(amount * 1024 ** 3)
}

const TIMESPAN = /^(?:(\d+)\.)?(\d{1,3}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/
const DAYS_CLOCK = /^(\d+)\s*days?[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/i
const DHM = /^(\d+)\s*d\s*(\d{1,2})\s*h\s*(\d{1,2})\s*m$/i

/** Hours beyond 23 are accepted only when no day count carries them ("36:00:00"). */
function seconds(
  days: string | undefined,
  hours: string | undefined,
  minutes: string | undefined,
  secs: string | undefined
): number | undefined {
  const [d, h, m, s] = [Number(days ?? 0), Number(hours), Number(minutes), Number(secs ?? 0)]
  if ((days !== undefined && h > 23) || m > 59 || s > 59) return undefined
  return ((d * 24 + h) * 60 + m) * 60 + s
}

/**
 * A duration in seconds (fractions kept). Accepts .NET TimeSpan text as PowerShell writes it,
 * `d.hh:mm:ss[.fffffff]` and `hh:mm:ss` (also `hh:mm`), the `dd days hh:mm` form of common move
 * reports, and MigrationWiz's `dd'd' hh'h' mm'm'`.
 */
export function parseDuration(raw: string): number | undefined {
  const value = raw.trim()
  const span = TIMESPAN.exec(value)
  if (span !== null) {
    const [, d, h, m, s, fraction] = span
    const whole = seconds(d, h, m, s)
    if (whole === undefined) return undefined
    return fraction === undefined ? whole : whole + Number(`0.${fraction}`)
  }
  const days = DAYS_CLOCK.exec(value)
  if (days !== null) {
    const [, d, h, m, s] = days
    return seconds(d, h, m, s)
  }
  const dhm = DHM.exec(value)
  if (dhm !== null) {
    const [, d, h, m] = dhm
    return seconds(d, h, m, undefined)
  }
  return undefined
}

const PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/

/** A percentage from 0 to 100, written "95", "95%", "95.5" or "95,5". */
export function parsePercent(raw: string): number | undefined {
  const match = PERCENT.exec(raw.trim())
  if (match === null) return undefined
  const n = Number((match[1] ?? '').replace(',', '.'))
  return n >= 0 && n <= 100 ? n : undefined
}

const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1', 'x'])
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'no', 'n', '0'])

/** PowerShell's True/False and the usual spreadsheet spellings. */
export function parseBoolean(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase()
  if (TRUE_WORDS.has(value)) return true
  if (FALSE_WORDS.has(value)) return false
  return undefined
}

/**
 * something@domain.tld: no spaces or specials in the local part, letter-or-digit labels with inner
 * hyphens, and a top-level label of at least two letters (or an xn-- label). Unicode letters are
 * allowed, for internationalised domains and addresses.
 */
const ADDRESS =
  /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu

/**
 * The address in lower case, or undefined when it is not an e-mail address. An `smtp:` prefix
 * (as in EmailAddresses and TargetAddress values) is dropped.
 */
export function normaliseAddress(raw: string): string | undefined {
  if (raw.indexOf('@') === -1) return undefined
  let value = raw.trim()
  if (value.length > 5 && value.slice(0, 5).toLowerCase() === 'smtp:') value = value.slice(5)
  if (value.length > 320 || !ADDRESS.test(value)) return undefined
  return value.toLowerCase()
}
