import { describe, expect, it } from 'vitest'
import { planTransition, type TransitionContext } from '../../../src-renderer/lib/domain/advisor'
import {
  diagramSvg,
  runbookFileName,
  runbookHtml,
  runbookMarkdown
} from '../../../src-renderer/lib/domain/advisor/runbook'
import { escapeHtml, escapeMarkdown } from '../../../src-renderer/lib/domain/text/escape'

const PROJECT: NonNullable<TransitionContext['project']> = {
  tenantName: 'contoso.onmicrosoft.com',
  onPremHost: 'mail.contoso.com',
  onPremIps: ['131.107.21.231'],
  thirdPartySenders: [],
  exchangeVersion: '2016'
}

const XSS = '<img src=x onerror=alert(1)>'

const plan = planTransition(4, 2, { domainName: 'tailspintoys.com', project: PROJECT })
const meta = {
  projectName: 'Contoso hybrid migration',
  domainName: 'tailspintoys.com',
  generatedAt: '2026-03-01T09:30:00.000Z',
  ticked: ['lower-mx-ttl', 'dns-spf']
}

/** A plan whose values carry markup: a registered connector named like an XSS payload. */
const hostile = planTransition(4, 2, {
  domainName: 'tailspintoys.com',
  project: PROJECT,
  connectors: [
    {
      name: XSS,
      direction: 'cloud-to-onprem',
      type: 'OnPremises',
      routeAllMessagesViaOnPremises: false,
      recipientDomains: ['*'],
      status: 'imported'
    }
  ]
})
const hostileMeta = { ...meta, projectName: `</script>${XSS}`, domainName: XSS }

/** Markdown outside fenced code blocks, where raw HTML would be rendered. */
function outsideFences(markdown: string): string {
  const out: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const match = /^(`{3,})/.exec(line)
    if (fence === null && match?.[1]) fence = match[1]
    else if (fence !== null && line === fence) fence = null
    else if (fence === null) out.push(line)
  }
  return out.join('\n')
}

describe('runbookMarkdown', () => {
  const markdown = runbookMarkdown(plan, meta)

  it('links each action’s public source', () => {
    const sources = markdown.split('\n').filter((line) => line.startsWith('- **Source:**'))
    expect(sources).toHaveLength(plan.actions.length + plan.rollback.length)
    for (const line of sources)
      expect(line).toMatch(/^- \*\*Source:\*\* <https:\/\/learn\.microsoft\.com\/[^\s>]+>$/)
  })

  it('has the title, the scenarios, the warnings, the changes and both diagrams in words', () => {
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '# Transition runbook: tailspintoys.com, scenario 4 → scenario 2',
      '',
      'Project: Contoso hybrid migration · Generated 2026-03-01 09:30 UTC',
      '',
      'From **Scenario 4: MX to on-premises, on-premises relays through Microsoft 365** to **Scenario 2: MX to Microsoft 365, filtering on-premises**.',
      '',
      `2 of ${plan.actions.length} actions done.`
    ])
    expect(markdown).toContain('## Warnings')
    expect(markdown).toContain(
      '- Adds: Enable centralized mail transport; Point the MX record to Exchange Online Protection'
    )
    expect(markdown).toContain(
      '1. Internet mail to cloud mailboxes: Internet → Exchange Online Protection → On-premises servers → Exchange Online (changes)'
    )
  })

  it('lists every action in order with its tick, then the rollback', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '))
    const titles = [
      ...plan.actions.map((a, i) => `### ${i + 1}. ${escapeMarkdown(a.title)}`),
      ...plan.rollback.map((a, i) => `### R${i + 1}. ${escapeMarkdown(a.title)}`)
    ]
    expect(headings.filter((h) => /^### R?\d+\. /.test(h))).toEqual(titles)
    const ttl = markdown.slice(markdown.indexOf('Lower the MX record’s TTL'))
    expect(ttl.split('\n')[2]).toBe('- [x] Done')
    const cmt = markdown.slice(markdown.indexOf('. Enable centralized mail transport'))
    expect(cmt.split('\n')[2]).toBe('- [ ] Done')
    expect(markdown).toContain(
      '```text\ntailspintoys.com.  300  IN  MX  10  mail.contoso.com.   ; only the TTL changes\n```'
    )
    expect(markdown).toContain('## Rollback to scenario 4')
  })

  it('escapes markup in names everywhere but inside code blocks', () => {
    const text = runbookMarkdown(hostile, hostileMeta)
    expect(outsideFences(text)).not.toMatch(/(^|[^\\])<(img|\/script)/)
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>')
    // Inside a fence it is literal text, which Markdown never renders as HTML.
    expect(text).toContain(`Set-OutboundConnector -Identity '${XSS}'`)
  })

  it('makes a fence longer than any backtick run in a command', () => {
    const [first] = plan.actions
    if (!first) throw new Error('the plan has actions')
    const withTicks = {
      ...plan,
      actions: [{ ...first, change: { kind: 'manual' as const, text: 'a ``` b' } }]
    }
    expect(runbookMarkdown(withTicks, meta)).toContain('````text\na ``` b\n````')
  })
})

describe('runbookHtml', () => {
  const html = runbookHtml(plan, meta)

  it('is one self-contained document without scripts or external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=/i)
    expect(html).toContain(
      '<title>Transition runbook: tailspintoys.com, scenario 4 → scenario 2</title>'
    )
    expect(html).toContain('@media print')
  })

  it('shows ticks, every action, the rollback and the commands', () => {
    expect(html).toContain('<span class="box" aria-label="Done">☑</span>')
    expect(html.match(/aria-label="Not done"/g)?.length).toBe(plan.actions.length - 2)
    expect(html).toContain('<h2>Rollback to scenario 4</h2>')
    expect(html).toContain('tailspintoys.com.  300  IN  MX  10  mail.contoso.com.')
    for (const action of [...plan.actions, ...plan.rollback])
      expect(html).toContain(escapeHtml(action.title))
  })

  it('draws both diagrams as static SVG, the unchanged paths dimmed', () => {
    expect(html.match(/<svg class="diagram"/g)).toHaveLength(2)
    expect(html).toContain('aria-label="Mail-flow diagram of scenario 4"')
    const svg = diagramSvg(3, new Set([1]), 'x')
    expect(svg).toContain('marker-end="url(#x-inbound)"')
    expect(svg).toContain('stroke-dasharray="4 5" marker-end="url(#x-dim)"')
    expect(svg).not.toContain('url(#x-outbound)')
    expect(diagramSvg(3, new Set(), 'y')).toContain('marker-end="url(#y-outbound)"')
  })

  it('escapes every value, so markup in a domain or connector name stays text', () => {
    const text = runbookHtml(hostile, hostileMeta)
    expect(text).not.toMatch(/<img|<\/script>/)
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).toContain('&lt;/script&gt;')
    expect(text).toContain(
      `Set-OutboundConnector -Identity &#39;&lt;img src=x onerror=alert(1)&gt;&#39;`
    )
  })
})

describe('helpers', () => {
  it('escapes HTML and Markdown', () => {
    expect(escapeHtml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;')
    expect(escapeMarkdown('*x* [y](z) <b> a_b `c` #1 | ~ & !\nnext')).toBe(
      '\\*x\\* \\[y\\](z) \\<b\\> a\\_b \\`c\\` \\#1 \\| \\~ \\& \\! next'
    )
  })

  it('keeps a Markdown value on its line, whatever the line ending', () => {
    // CommonMark ends a line at CRLF, LF or a lone CR: each would split a table row.
    expect(escapeMarkdown('a\r\nb\nc\rd | e')).toBe('a b c d \\| e')
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>')
  })

  it('names the file after the domain and the scenarios, safely', () => {
    expect(runbookFileName(plan, 'tailspintoys.com', 'md')).toBe(
      'runbook-tailspintoys.com-4-to-2.md'
    )
    expect(runbookFileName(plan, '../<img src=x>', 'html')).toBe('runbook-img-src-x-4-to-2.html')
  })
})
