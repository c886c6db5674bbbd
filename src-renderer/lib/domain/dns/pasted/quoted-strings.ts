/**
 * TXT data as dig and BIND print it: a run of quoted character-strings, joined back into the
 * strings of the record.
 */

/**
 * Reads a run of quoted character-strings ("a" "b"), with the escapes dig and BIND print (\" \\
 * and \DDD bytes, decoded as UTF-8). Returns null when the text is not only quoted strings.
 */
export function readQuotedStrings(text: string): string[] | null {
  const strings: string[] = []
  let i = 0
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  while (i < text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++
    if (i >= text.length) break
    if (text.charAt(i) !== '"') return null
    i++
    const bytes: number[] = []
    let closed = false
    while (i < text.length) {
      const c = text.charAt(i)
      if (c === '"') {
        closed = true
        i++
        break
      }
      if (c === '\\' && i + 1 < text.length) {
        const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4))
        if (digits && Number(digits[0]) <= 255) {
          bytes.push(Number(digits[0]))
          i += 4
          continue
        }
        bytes.push(...encoder.encode(text.charAt(i + 1)))
        i += 2
        continue
      }
      const point = text.codePointAt(i) ?? 0
      const char = String.fromCodePoint(point)
      bytes.push(...encoder.encode(char))
      i += char.length
    }
    if (!closed) return null
    strings.push(decoder.decode(new Uint8Array(bytes)))
  }
  return strings.length > 0 ? strings : null
}
