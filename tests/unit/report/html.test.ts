import { describe, expect, it } from 'vitest'
import {
  REPORT_CSP,
  reportBodyHtml,
  reportHtml
} from '../../../src-renderer/lib/domain/report/html'
import {
  build,
  CONTOSO,
  emptyInputs,
  HOSTILE_VALUES,
  hostileInputs,
  reportInputs
} from './fixtures'

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='
const NO_IMAGES = new Map<string, string>()

const ALLOWED_TAGS = new Set(
  (
    'html head meta title style body article header h1 h2 h3 h4 dl div dt dd section p table ' +
    'caption thead tbody tr th td span figure figcaption img ul li details summary'
  ).split(' ')
)
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'http-equiv',
  'content',
  'charset',
  'name',
  'class',
  'scope',
  'src',
  'alt'
])

type Tag = { name: string; attributes: [string, string][] }

/**
 * Every tag of a document this renderer wrote. Values are escaped, so every `<` must open a tag
 * (or the doctype); the test fails on one that does not, as it would on markup smuggled in.
 */
function tagsOf(html: string): Tag[] {
  // A style element's text runs to the first `</style`, as a browser reads it.
  const body = html.replace(/^<!doctype html>/, '').replace(/<style>[\s\S]*?<\/style>/, '<style>')
  const tags: Tag[] = []
  const pattern = /<\/?([a-z][a-z0-9]*)((?:\s[a-z-]+(?:="[^"<>]*")?)*)\s*>/gy
  let index = 0
  while ((index = body.indexOf('<', index)) !== -1) {
    pattern.lastIndex = index
    const match = pattern.exec(body)
    if (!match) throw new Error(`Not a tag at ${index}: ${body.slice(index, index + 40)}`)
    const attributes = [...(match[2] ?? '').matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(
      (a): [string, string] => [a[1] ?? '', a[2] ?? '']
    )
    tags.push({ name: match[1] ?? '', attributes })
    index = pattern.lastIndex
  }
  return tags
}

/** The text a reader sees: tags removed, entities decoded, white space collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('reportHtml', () => {
  const report = build()
  const html = reportHtml(report, { css: 'body { color: #123; }', images: NO_IMAGES })

  it('is one document whose head opens with the strict CSP, then the charset', () => {
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n')).toBe(true)
    const head = html.slice(html.indexOf('<head>') + '<head>'.length, html.indexOf('</head>'))
    expect(head.trim().split('\n').slice(0, 2)).toEqual([
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      '<meta charset="utf-8">'
    ])
    expect(head).toContain('<title>Status report: Contoso</title>')
    expect(head).toContain('<style>body { color: #123; }</style>')
    expect(html.match(/<style>/g)).toHaveLength(1)
  })

  it('has the article of reportBodyHtml as its body, and nothing that runs or loads', () => {
    const body = reportBodyHtml(report, NO_IMAGES)
    expect(body.startsWith('<article class="report">')).toBe(true)
    expect(body.endsWith('</article>')).toBe(true)
    expect(html).toContain(`<body>\n${body}\n</body>`)
    for (const tag of tagsOf(html)) {
      expect(ALLOWED_TAGS).toContain(tag.name)
      for (const [name] of tag.attributes) expect(ALLOWED_ATTRIBUTES).toContain(name)
    }
  })

  it('uses semantic, class-named markup: a section per domain, report tables, status badges', () => {
    expect(html.match(/<section class="report-domain">/g)).toHaveLength(2)
    expect(html).toContain(
      '<h3>contoso.com <span class="scenario scenario-1">Scenario 1</span></h3>'
    )
    expect(html).toContain('<section class="report-section report-summary">')
    expect(html).toContain('<div><dt>Required steps settled</dt><dd>4 of 8 (50%)</dd></div>')
    expect(html).toContain(
      '<tr><th scope="row">Publish the SPF record</th><td>Waiting for the DNS provider</td><td>Ben</td></tr>'
    )
    expect(html).toContain('<td><span class="status status-in-progress">In progress</span></td>')
    expect(html).toContain('<span class="status status-not-checked">Not checked</span>')
    expect(html).toContain('<table class="report-table">')
    expect(html).toContain('Generated</dt><dd>2026-11-29 09:30 UTC</dd>')
  })

  it('shows every chart as a figure with its caption and its numbers as a table', () => {
    const figures = html.match(/<figure class="report-chart [^"]+">/g)
    expect(figures).toEqual([
      '<figure class="report-chart report-chart-steps-by-domain">',
      '<figure class="report-chart report-chart-mailboxes-by-lifecycle">',
      '<figure class="report-chart report-chart-batches">'
    ])
    expect(html).toContain(
      '<figcaption>Mailboxes by lifecycle</figcaption><table class="report-table report-chart-table"><caption>Mailboxes by lifecycle</caption>'
    )
    expect(html).toContain(
      '<tr><th scope="row">Completed</th><td class="num">40</td><td>80%</td></tr>'
    )
    expect(html).not.toContain('<img')
  })

  it('counts one domain in the singular', () => {
    const single = build(reportInputs({ scope: { kind: 'domain', domainId: CONTOSO.id } }))
    expect(reportBodyHtml(single, NO_IMAGES)).toContain('<dt>Domain</dt><dd>1</dd>')
    expect(html).toContain('<dt>Domains</dt><dd>2</dd>')
  })

  it('keeps dates whole: a due date is a date cell', () => {
    expect(html).toContain('<td class="date">2026-11-20</td>')
  })

  it('lists the exceptions and says when the failed list is cut short', () => {
    expect(html).toContain(
      '<p class="report-note">Showing 2 of 3 failed mailboxes; the mailbox CSV lists them all.</p>'
    )
    expect(textOf(html)).toContain('Unverified DNS records')
  })
})

describe('reportHtml: chart images', () => {
  const report = build()

  it('embeds a PNG data URL as the chart image, with the alt text', () => {
    const body = reportBodyHtml(report, new Map([['mailboxes-by-lifecycle', PNG]]))
    expect(body).toContain(
      `<figure class="report-chart report-chart-mailboxes-by-lifecycle"><img class="report-chart-image" src="${PNG}" alt="Doughnut chart of 50 mailboxes by lifecycle: Syncing 5, Completed 40, Completed with warnings 2, Failed 3."><figcaption>`
    )
    expect(body.match(/<img /g)).toHaveLength(1)
  })

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an SVG data URL', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['a PNG URL with markup after it', `${PNG}" onerror="alert(1)`],
    ['a base64 SVG', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['an http URL', 'http://evil.example/chart.png']
  ])('drops %s and keeps the table', (_, url) => {
    const body = reportBodyHtml(report, new Map([['mailboxes-by-lifecycle', url]]))
    expect(body).not.toContain('<img')
    expect(body).toContain('<figcaption>Mailboxes by lifecycle</figcaption><table')
  })

  it('folds a day-by-day table under its image, and shows it open without an image', () => {
    const deltas = [{ day: '2026-11-20', count: 3 }]
    const withHistory = build(
      reportInputs({ mailboxHistory: { deltas, levels: [], current: { done: 42, total: 50 } } })
    )
    const folded = reportBodyHtml(withHistory, new Map([['mailbox-burn-up', PNG]]))
    expect(folded).toMatch(
      /<figcaption>Mailboxes completed over time<\/figcaption><details class="report-chart-data"><summary>Day by day<\/summary><table/
    )
    const open = reportBodyHtml(withHistory, NO_IMAGES)
    expect(open).toContain('<figcaption>Mailboxes completed over time</figcaption><table')
    // Small tables stay in view under their image.
    expect(reportBodyHtml(report, new Map([['mailboxes-by-lifecycle', PNG]]))).not.toContain(
      '<details'
    )
  })

  it('ignores images for charts the report does not have', () => {
    expect(reportBodyHtml(report, new Map([['mailbox-burn-up', PNG]]))).not.toContain('<img')
  })
})

describe('reportHtml: the stylesheet', () => {
  it('cannot close its style element, however the closing tag is pieced together', () => {
    const css = 'p { color: red } </style><script>alert(1)</script> <</STYLE/style>x</StYlE >'
    const html = reportHtml(build(), { css, images: NO_IMAGES })
    expect(html.match(/<\/style/gi)).toHaveLength(1)
    expect(html).toContain('<style>p { color: red } ')
    expect(tagsOf(html).filter((tag) => tag.name === 'script')).toEqual([])
  })
})

describe('reportHtml: hostile values', () => {
  it.each(HOSTILE_VALUES)('keeps %s inert text everywhere', (value) => {
    const html = reportHtml(build(hostileInputs(value)), {
      css: '',
      images: new Map([['steps-by-domain', PNG]])
    })
    expect(html).not.toContain('<img src=x')
    expect(html).not.toMatch(/<script/i)
    const tags = tagsOf(html)
    for (const tag of tags) {
      expect(ALLOWED_TAGS).toContain(tag.name)
      for (const [name, attributeValue] of tag.attributes) {
        expect(name).not.toMatch(/^on/)
        expect(ALLOWED_ATTRIBUTES).toContain(name)
        if (name === 'src') expect(attributeValue).toBe(PNG)
      }
    }
    const text = textOf(html)
    // Project, domain, step owner and reason, connector, batch and mailbox display name.
    expect(text).toContain(`Status report: ${value}`)
    expect(text).toContain(`${value} Scenario 1`)
    expect(text.split(value).length - 1).toBeGreaterThanOrEqual(10)
    expect(html).toContain(
      `alt="Stacked bar chart of required steps per domain by status. ${value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')}: 0 of 2 settled."`
    )
  })
})

describe('reportHtml: empty sections', () => {
  it('says so in words', () => {
    const report = build(emptyInputs())
    const text = textOf(reportBodyHtml(report, NO_IMAGES))
    for (const sentence of [
      'No blocked steps.',
      'No overdue steps.',
      'No mailboxes imported yet.',
      'No batches yet.',
      'No connectors recorded yet.',
      'No failed mailboxes.',
      'Required steps: none yet.'
    ])
      expect(text).toContain(sentence)
    expect(textOf(reportBodyHtml(build(reportInputs({ domains: [] })), NO_IMAGES))).toContain(
      'No domains yet.'
    )
  })
})
