/**
 * Reads what PowerShell's Format-List prints: objects as blocks of `Property : Value` lines, the
 * labels padded with spaces to the longest, blocks separated by blank lines, and long values
 * wrapped onto continuation lines indented to the value column. Used for Get-InboundConnector,
 * Get-OutboundConnector and Resolve-DnsName output pasted by users.
 */

export type ListProperty = {
  /** The label as printed (PowerShell property names are case-insensitive). */
  name: string
  /** The value with continuation lines joined; trimmed. */
  value: string
  /** 1-based line of the label in the pasted text. */
  line: number
}

export type ListBlock = {
  /** 1-based line of the block's first property. */
  line: number
  properties: ListProperty[]
}

export type ListReadResult =
  { ok: true; blocks: ListBlock[] } | { ok: false; line: number; message: string }

const PROPERTY = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/

/** Lines a console paste carries around the output: prompts, the command, warnings. */
export function isConsoleNoise(line: string): boolean {
  const text = line.trim()
  return (
    /^(\[PS\]\s*)?PS\b[^>]*>/.test(text) ||
    /^\[PS\][^>]*>/.test(text) ||
    /^[A-Z]:\\[^>]*>/.test(text) ||
    /^(WARNING|VERBOSE|DEBUG|INFO):/i.test(text)
  )
}

/** A line as shown in a message: trimmed and cut to 80 characters. */
export function excerpt(line: string): string {
  const text = line.trim()
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

// PowerShell 7 colours Format-List labels with escape sequences, which survive some copies.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g')

/** Splits pasted text into lines, whatever the line ends, without terminal colour codes. */
export function splitLines(text: string): string[] {
  return text.replace(ANSI_ESCAPE, '').split(/\r\n|\n|\r/)
}

type Building = { property: ListProperty; raw: string; lastLine: string }

/**
 * Joins a continuation line. Word-wrapping cultures (en, de, fr, …) break at a space and keep it at
 * the end of the line, which a copy may trim; other cultures cut at the console width. So: a line
 * ending in a space or shorter than the widest line broke at a space; a full-width line was cut.
 */
function join(building: Building, continuation: string, width: number): void {
  const next = continuation.trim()
  const previous = building.lastLine
  if (/\s$/.test(previous)) building.raw = `${building.raw.trimEnd()} ${next}`
  else if (previous.length >= width) building.raw = `${building.raw}${next}`
  else building.raw = `${building.raw} ${next}`
  building.lastLine = continuation
}

/**
 * Reads Format-List text into blocks. A blank line ends a block, and so does a property name seen
 * twice (output pasted without its blank lines). `skip` drops lines such as prompts; any other line
 * that is neither a property nor a continuation fails with its line number.
 */
export function readFormatList(
  text: string,
  options: { skip?: (line: string) => boolean; firstLine?: number } = {}
): ListReadResult {
  const skip = options.skip ?? isConsoleNoise
  const offset = (options.firstLine ?? 1) - 1
  const lines = splitLines(text)
  const width = lines.reduce((max, line) => Math.max(max, line.length), 0)
  const blocks: ListBlock[] = []
  let block: ListBlock | null = null
  let building: Building | null = null
  const finish = (): void => {
    if (building) building.property.value = building.raw.trim()
    building = null
  }
  for (const [index, line] of lines.entries()) {
    const number = index + 1 + offset
    if (line.trim() === '') {
      finish()
      block = null
      continue
    }
    if (skip(line)) continue
    const match = /^\s/.test(line) ? null : PROPERTY.exec(line)
    if (match) {
      finish()
      const name = match[1] ?? ''
      const duplicate = block?.properties.some((p) => p.name.toLowerCase() === name.toLowerCase())
      if (!block || duplicate) {
        block = { line: number, properties: [] }
        blocks.push(block)
      }
      const property: ListProperty = { name, value: '', line: number }
      block.properties.push(property)
      building = { property, raw: match[2] ?? '', lastLine: line }
      continue
    }
    if (building && /^\s/.test(line)) {
      join(building, line, width)
      continue
    }
    return {
      ok: false,
      line: number,
      message: `line ${number}: “${excerpt(line)}” is not a “Property : Value” line of Format-List output.`
    }
  }
  finish()
  return { ok: true, blocks }
}

/** The value of a property by name, case-insensitively; undefined when the block lacks it. */
export function propertyValue(block: ListBlock, name: string): string | undefined {
  const lower = name.toLowerCase()
  return block.properties.find((p) => p.name.toLowerCase() === lower)?.value
}

/** The property itself, for its line number. */
export function findProperty(block: ListBlock, name: string): ListProperty | undefined {
  const lower = name.toLowerCase()
  return block.properties.find((p) => p.name.toLowerCase() === lower)
}
