/**
 * SPF macro strings (RFC 7208 §7): parsing with positions for error messages, and expansion.
 */

/** A piece of a macro string: literal text, an escape (%% %_ %-) or a macro (%{…}). */
export type MacroToken =
  | { kind: 'literal'; text: string }
  | { kind: 'escape'; text: string }
  | {
      kind: 'macro'
      letter: MacroLetter
      /** Upper-case letter: the value is URL-escaped after transformation. */
      escape: boolean
      /** Keep this many right-hand parts; null keeps all. */
      digits: number | null
      reverse: boolean
      /** Characters that split the value; '.' when none are given. */
      delimiters: string
    }

export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'c' | 'r' | 't' | 'v'

/** Where a macro string appears: domain-specs may not use c, r, t; only explanations hold spaces. */
export type MacroContext = 'domain-spec' | 'modifier' | 'explanation'

export type MacroParse =
  { ok: true; tokens: MacroToken[] } | { ok: false; offset: number; message: string }

const LETTERS = 'slodiphcrtv'
const EXP_ONLY = 'crt'
const TOP_LABEL = /\.([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])\.?$/i

function isLiteral(code: number, context: MacroContext): boolean {
  if (code === 0x20) return context === 'explanation'
  return code >= 0x21 && code <= 0x7e && code !== 0x25
}

/** Parses a macro string; `offset` in a failure is the index of the offending character. */
export function parseMacroString(text: string, context: MacroContext): MacroParse {
  const tokens: MacroToken[] = []
  let literal = ''
  const flush = (): void => {
    if (literal !== '') tokens.push({ kind: 'literal', text: literal })
    literal = ''
  }
  for (let i = 0; i < text.length;) {
    const ch = text[i] ?? ''
    if (ch !== '%') {
      if (!isLiteral(ch.charCodeAt(0), context)) {
        return { ok: false, offset: i, message: `character ${describeChar(ch)} is not allowed` }
      }
      literal += ch
      i++
      continue
    }
    const next = text[i + 1]
    if (next === '%' || next === '_' || next === '-') {
      flush()
      tokens.push({ kind: 'escape', text: next === '%' ? '%' : next === '_' ? ' ' : '%20' })
      i += 2
      continue
    }
    if (next !== '{') {
      return { ok: false, offset: i, message: '“%” must be followed by {, %, _ or -' }
    }
    const close = text.indexOf('}', i + 2)
    const body = close < 0 ? '' : text.slice(i + 2, close)
    const match = /^([a-z])([0-9]*)(r?)([.\-+,/_=]*)$/i.exec(body)
    const letterText = match?.[1]?.toLowerCase() ?? ''
    if (!match || !LETTERS.includes(letterText)) {
      return {
        ok: false,
        offset: i,
        message: `“${text.slice(i, close + 1 || undefined)}” is not a valid macro`
      }
    }
    if (context !== 'explanation' && EXP_ONLY.includes(letterText)) {
      return {
        ok: false,
        offset: i,
        message: `the macro letter “${match[1]}” is allowed only in explanation text`
      }
    }
    const digitsText = match[2] ?? ''
    if (digitsText !== '' && Number(digitsText) === 0) {
      return { ok: false, offset: i, message: 'a macro part count must not be zero' }
    }
    flush()
    tokens.push({
      kind: 'macro',
      letter: letterText as MacroLetter,
      escape: match[1] !== letterText,
      digits: digitsText === '' ? null : Number(digitsText),
      reverse: (match[3] ?? '') !== '',
      delimiters: match[4] || '.'
    })
    i = close + 1
  }
  flush()
  return { ok: true, tokens }
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  return code >= 0x21 && code <= 0x7e
    ? `“${ch}”`
    : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Parses a domain-spec: a macro string ending in a macro or in "." and a top label that is not all
 * digits (RFC 7208 §7.1), so that `a:museum` or `a:1.2.3.4` are caught as errors.
 */
export function parseDomainSpec(text: string): MacroParse {
  if (text === '') return { ok: false, offset: 0, message: 'the domain is empty' }
  const parsedString = parseMacroString(text, 'domain-spec')
  if (!parsedString.ok) return parsedString
  const last = parsedString.tokens[parsedString.tokens.length - 1]
  if (last?.kind === 'literal' && !TOP_LABEL.test(last.text)) {
    return {
      ok: false,
      offset: 0,
      message: `“${text}” does not end in a valid top-level domain such as .com`
    }
  }
  return parsedString
}

/** The values macros expand to; `p` is looked up only when a string uses it. */
export type MacroValues = {
  s: string
  l: string
  o: string
  d: string
  i: string
  c: string
  v: string
  h: string
  r: string
  t: string
  p: () => Promise<string>
}

function transform(value: string, token: Extract<MacroToken, { kind: 'macro' }>): string {
  let parts = value.split(new RegExp(`[${escapeClass(token.delimiters)}]`))
  if (token.reverse) parts = parts.reverse()
  if (token.digits !== null && token.digits < parts.length) parts = parts.slice(-token.digits)
  const joined = parts.join('.')
  return token.escape ? urlEscape(joined) : joined
}

function escapeClass(chars: string): string {
  return chars.replace(/[-\\\]^/]/g, (c) => `\\${c}`)
}

/** Escapes everything outside RFC 3986 "unreserved" (ALPHA DIGIT - . _ ~). */
function urlEscape(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** Expands parsed macro tokens. */
export async function expandMacroTokens(
  tokens: MacroToken[],
  values: MacroValues
): Promise<string> {
  let out = ''
  for (const token of tokens) {
    if (token.kind !== 'macro') {
      out += token.text
      continue
    }
    const value = token.letter === 'p' ? await values.p() : values[token.letter]
    out += transform(value, token)
  }
  return out
}

/**
 * Shortens an expanded name longer than 253 characters by removing labels from the left
 * (RFC 7208 §7.3), and removes one trailing dot.
 */
export function truncateDomain(name: string): string {
  let result = name.endsWith('.') ? name.slice(0, -1) : name
  while (result.length > 253 && result.includes('.')) {
    result = result.slice(result.indexOf('.') + 1)
  }
  return result
}
