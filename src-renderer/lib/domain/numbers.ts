/**
 * Numbers and sizes as the user reads them, on screen, in messages and in saved reports: the
 * user's locale everywhere, supplied here and nowhere else (the runtime's default locale, which
 * is the browser's or Electron's language). Formatters are made once: `toLocaleString()` builds
 * a new one on every call, which shows when a dashboard formats hundreds of table cells.
 */

/** The user's locale, the one every number and date in the app is formatted in. */
export const DISPLAY_LOCALE: string = new Intl.NumberFormat().resolvedOptions().locale

/**
 * Sizes are binary (1 KiB = 1,024 bytes), as Exchange counts them, and labelled as such: KiB,
 * MiB, GiB. Exchange itself prints “1.2 GB” for 1.2 GiB; the app reads both, and writes the label
 * that says what was divided by.
 */
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const

/** Every formatter of one locale; the app uses `DISPLAY_LOCALE`'s, tests others. */
export type NumberFormats = {
  /** A count with the locale's grouping, rounded: 1250 → “1,250” (en), “1.250” (de). */
  count(value: number): string
  /** “1 mailbox”, “1,204 mailboxes”. */
  countOf(count: number, one: string, many: string): string
  /** A size in bytes: “512 bytes”, “79.3 KiB”, “1.2 GiB”. */
  bytes(bytes: number): string
}

export function numberFormats(locale: string): NumberFormats {
  // signDisplay 'negative': a value that rounds to zero reads “0”, never “-0”.
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'negative' })
  const tenths = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'negative'
  })
  const count = (value: number): string => whole.format(value)
  return {
    count,
    countOf: (value, one, many) => `${count(value)} ${value === 1 ? one : many}`,
    bytes(bytes) {
      if (Math.abs(bytes) < 1024) return `${count(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`
      let value = bytes / 1024
      let unit = 0
      while (Math.abs(value) >= 1024 && unit < BINARY_UNITS.length - 1) {
        value /= 1024
        unit++
      }
      const figure = Math.abs(value) >= 100 ? whole.format(value) : tenths.format(value)
      return `${figure} ${BINARY_UNITS[unit]}`
    }
  }
}

const DISPLAY = numberFormats(DISPLAY_LOCALE)

/** A count in the user's locale, rounded: 1250 → “1,250” in English, “1.250” in German. */
export const formatCount = DISPLAY.count

/** A count and its noun, in the user's locale: “1 mailbox”, “1,204 mailboxes”. */
export const countOf = DISPLAY.countOf

/** A size in bytes in the user's locale, in binary units: “512 bytes”, “1.2 GiB”. */
export const formatBytes = DISPLAY.bytes
