import { describe, expect, it } from 'vitest'
import { reportMarkdown } from '../../../src-renderer/lib/domain/report/markdown'
import {
  build,
  emptyInputs,
  HOSTILE_HTML,
  HOSTILE_PIPE,
  HOSTILE_VALUES,
  hostileInputs
} from './fixtures'

/** A GFM table row's cells: split at pipes that no backslash escapes. */
function cellsOf(line: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let i = 1; i < line.length - 1; i += 1) {
    const char = line[i] ?? ''
    if (char === '\\') {
      current += char + (line[i + 1] ?? '')
      i += 1
    } else if (char === '|') {
      cells.push(current.trim())
      current = ''
    } else current += char
  }
  cells.push(current.trim())
  return cells
}

/** The tables of a Markdown text, as blocks of consecutive lines that start with a pipe. */
function tablesOf(markdown: string): string[][] {
  const tables: string[][] = []
  let current: string[] | null = null
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) tables.push((current = []))
      current.push(line)
    } else current = null
  }
  return tables
}

/** Unescaped `<` characters: raw HTML a viewer could render. */
function rawAngles(markdown: string): number {
  let count = 0
  for (let i = 0; i < markdown.length; i += 1) {
    if (markdown[i] === '\\') i += 1
    else if (markdown[i] === '<') count += 1
  }
  return count
}

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(build())

  it('has the report’s header, summary and sections in order', () => {
    const lines = markdown.split('\n')
    expect(lines.slice(0, 11)).toEqual([
      '# Status report: Contoso',
      '',
      '- **Organisation:** Contoso',
      '- **Tenant:** contoso.onmicrosoft.com',
      '- **Scope:** Whole project',
      '- **Status on:** 2026-11-29',
      '- **Generated:** 2026-11-29 09:30 UTC',
      '',
      '## Status',
      '',
      '**Red**: 1 required step is blocked. 1 required step is more than 7 days overdue.'
    ])
    const summary = lines.indexOf('## Summary')
    expect(lines.slice(summary, summary + 8)).toEqual([
      '## Summary',
      '',
      '- **Domains:** 2',
      '- **Required steps settled:** 4 of 8 (50%)',
      '- **Mailboxes completed:** 42 of 50 (84%)',
      '- **Blocked steps:** 1',
      '- **Overdue steps:** 2',
      ''
    ])
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Status',
      '## Summary',
      '## Domains',
      '## Connectors',
      '## Route tests',
      '## Cut-over runs',
      '## Mailboxes',
      '## Forecast',
      '## Exceptions'
    ])
    expect(markdown.endsWith('\n')).toBe(true)
  })

  it('prints each domain with its scenario, progress, blocked and overdue steps and DNS', () => {
    expect(markdown).toContain(
      [
        '### contoso.com (Scenario 1)',
        '',
        'Scenario 1: MX to Microsoft 365, Microsoft 365 filters',
        '',
        'Required steps: 3 of 6 settled (50%), 1 of them not applicable.',
        '',
        '#### Blocked steps',
        '',
        '| Step | Reason | Owner |',
        '| --- | --- | --- |',
        '| Publish the SPF record | Waiting for the DNS provider | Ben |'
      ].join('\n')
    )
    expect(markdown).toContain(
      '| DKIM selector1 | selector1.\\_domainkey.contoso.com | Not checked | Never checked. | — |'
    )
  })

  it('prints every chart as its table, and the exceptions', () => {
    expect(markdown).toContain(
      '### Mailboxes by lifecycle\n\n| Lifecycle | Mailboxes | Share |\n| --- | --- | --- |\n| Not started | 0 | 0% |'
    )
    expect(markdown).toContain('Showing 2 of 3 failed mailboxes; the mailbox CSV lists them all.')
    expect(markdown).toContain(
      '| user1@contoso.com | User 1 | contoso.com | Wave 1 | Failed | FailedBadItemLimit | Migration team |'
    )
  })

  it('keeps every table row to its column count', () => {
    for (const table of tablesOf(markdown)) {
      const width = cellsOf(table[0] ?? '').length
      for (const line of table) expect(cellsOf(line)).toHaveLength(width)
    }
  })

  it('says so in words when a section is empty', () => {
    const empty = reportMarkdown(build(emptyInputs()))
    for (const sentence of [
      'No blocked steps.',
      'No overdue steps.',
      'No mailboxes imported yet.',
      'No batches yet.',
      'No connectors recorded yet.',
      'No failed mailboxes.'
    ])
      expect(empty).toContain(sentence)
  })
})

describe('reportMarkdown: hostile values', () => {
  it.each(HOSTILE_VALUES)('keeps %s inside its cell and as text', (value) => {
    const markdown = reportMarkdown(build(hostileInputs(value)))
    expect(rawAngles(markdown)).toBe(0)
    for (const table of tablesOf(markdown)) {
      const width = cellsOf(table[0] ?? '').length
      for (const line of table) expect(cellsOf(line)).toHaveLength(width)
    }
  })

  it('escapes markup and pipes the way Markdown viewers read them', () => {
    const html = reportMarkdown(build(hostileInputs(HOSTILE_HTML)))
    expect(html).toContain('# Status report: \\<img src=x onerror=alert(1)\\>')
    const pipe = reportMarkdown(build(hostileInputs(HOSTILE_PIPE)))
    expect(pipe).toContain('| Publish the SPF record | "quoted" \\| pipe | "quoted" \\| pipe |')
  })

  it('keeps a value with line breaks on its table row', () => {
    const markdown = reportMarkdown(build(hostileInputs('two\nlines\r| and a CR')))
    expect(markdown).toContain('| Publish the SPF record | two lines \\| and a CR |')
  })
})
