/**
 * Microsoft's reference page has known errors (domain-brief section 0). None of them may appear
 * in any text the app shows, so this scans every renderer source file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = new URL('../../src-renderer/', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|svelte|html)$/.test(name) ? [path] : []
  })
}

const DEFECTS: { name: string; pattern: RegExp }[] = [
  { name: 'the MX format with a doubled suffix', pattern: /<domainKey>-com\.mail\.protection/i },
  {
    name: 'the scenario 4 MX example with a leading dot',
    pattern: /(^|[\s:'"`(]):?\.mail\.contoso\.com/m
  },
  { name: 'the scenario 4 MX format mail.<domainKey>.com', pattern: /mail\.<domainKey>\.com/i },
  { name: 'tailspin.com for tailspintoys.com', pattern: /\btailspin\.com\b/i }
]

describe('the reference page’s known errors', () => {
  const files = sourceFiles(RENDERER)

  it('scans the renderer sources', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  for (const defect of DEFECTS)
    it(`never shows ${defect.name}`, () => {
      const hits = files.filter((file) => defect.pattern.test(readFileSync(file, 'utf8')))
      expect(hits).toEqual([])
    })

  it('would catch each error if it were written', () => {
    const samples = [
      'Point MX to <domainKey>-com.mail.protection.outlook.com',
      'the MX record should be: .mail.contoso.com.',
      'in the format mail.<domainKey>.com',
      'the recipient domain is tailspin.com'
    ]
    expect(samples.map((sample, index) => DEFECTS[index]?.pattern.test(sample))).toEqual([
      true,
      true,
      true,
      true
    ])
  })
})
