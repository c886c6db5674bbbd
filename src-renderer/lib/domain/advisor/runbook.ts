/**
 * A transition plan as a document to hand over or print: Markdown, and a self-contained HTML page
 * (no scripts, no external resources). Every value from the project (domain, connector names,
 * commands) is escaped, so markup typed into a name stays text.
 */
import type { TransitionAction, TransitionPlan } from './index'
import { stepTitle } from '../catalog'
import { changedPaths, describePath, diagramFor, diagramSegments } from './diagrams'
import { sourceHref } from '../public-sources'
import { escapeHtml, escapeMarkdown } from '../text/escape'
import { formatTimestamp } from '../text/timestamp'
import { SCENARIO_INFO } from '../scenarios'
import type { StepId } from '../types'

export type RunbookMeta = {
  projectName: string
  domainName: string
  /** ISO timestamp of the export (passed in: this module has no clock). */
  generatedAt: string
  /** Ids of the runbook actions already ticked. */
  ticked: readonly string[]
}

const CHANGE_LABELS = { dns: 'DNS change', powershell: 'PowerShell', manual: 'What to do' } as const

function scenarioName(scenario: 1 | 2 | 3 | 4): string {
  return `Scenario ${scenario}: ${SCENARIO_INFO[scenario].title}`
}

function title(plan: TransitionPlan, meta: RunbookMeta): string {
  return `Transition runbook: ${meta.domainName}, scenario ${plan.from} → scenario ${plan.to}`
}

function doneNote(action: TransitionAction): string | null {
  return action.alreadyDone
    ? `Already done (${action.doneBecause ?? 'shown by the project'}): confirm it with the check below.`
    : null
}

function pathLines(scenario: 1 | 2 | 3 | 4, changed: ReadonlySet<number>): string[] {
  return diagramFor(scenario).paths.map(
    (path) =>
      `${path.number}. ${path.label}: ${describePath(path)}${changed.has(path.number) ? ' (changes)' : ''}`
  )
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** A shown source: a public page as a link, a message center id as text. */
function markdownSource(source: string): string {
  const href = sourceHref(source)
  return href ? `<${href}>` : escapeMarkdown(source)
}

/** A fenced code block whose fence is longer than any backtick run in the text. */
function fenced(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${info}\n${text}\n${fence}`
}

function markdownAction(action: TransitionAction, index: string, ticked: boolean): string {
  const lines = [
    `### ${index}. ${escapeMarkdown(action.title)}`,
    '',
    `- [${ticked ? 'x' : ' '}] Done`,
    `- **When:** ${escapeMarkdown(action.when)}`,
    `- **Why:** ${escapeMarkdown(action.why)}`
  ]
  const done = doneNote(action)
  if (done) lines.push(`- **Already done:** ${escapeMarkdown(done)}`)
  lines.push(
    `- **Risk:** ${escapeMarkdown(action.risk)}`,
    `- **Source:** ${markdownSource(action.source)}`
  )
  if (action.change) {
    lines.push(
      '',
      `**${CHANGE_LABELS[action.change.kind]}:**`,
      '',
      fenced(action.change.text, action.change.kind === 'powershell' ? 'powershell' : 'text')
    )
  }
  lines.push('', '**Verify:**', '', fenced(action.verify, 'text'))
  return lines.join('\n')
}

function stepList(ids: readonly StepId[]): string {
  return ids.length === 0 ? 'none' : ids.map((id) => escapeMarkdown(stepTitle(id))).join('; ')
}

/** The runbook as Markdown (GitHub-flavoured task lists for the ticks). */
export function runbookMarkdown(plan: TransitionPlan, meta: RunbookMeta): string {
  const ticked = new Set(meta.ticked)
  const changed = new Set<number>(changedPaths(plan.from, plan.to))
  const out: string[] = [
    `# ${escapeMarkdown(title(plan, meta))}`,
    '',
    `Project: ${escapeMarkdown(meta.projectName)} · Generated ${escapeMarkdown(formatTimestamp(meta.generatedAt))}`,
    '',
    `From **${escapeMarkdown(scenarioName(plan.from))}** to **${escapeMarkdown(scenarioName(plan.to))}**.`,
    '',
    `${plan.actions.filter((action) => ticked.has(action.id)).length} of ${plan.actions.length} actions done.`
  ]
  if (plan.warnings.length > 0) {
    out.push('', '## Warnings', '', ...plan.warnings.map((w) => `- ${escapeMarkdown(w)}`))
  }
  out.push(
    '',
    '## Checklist changes',
    '',
    `- Adds: ${stepList(plan.add)}`,
    `- Retires (their history is kept): ${stepList(plan.retire)}`,
    '',
    '## Mail flow',
    '',
    `### Now: scenario ${plan.from}`,
    '',
    ...pathLines(plan.from, new Set()).map(escapeMarkdown),
    '',
    `### After: scenario ${plan.to}`,
    '',
    ...pathLines(plan.to, changed).map(escapeMarkdown),
    '',
    '## Runbook'
  )
  plan.actions.forEach((action, i) => {
    out.push('', markdownAction(action, String(i + 1), ticked.has(action.id)))
  })
  out.push('', `## Rollback to scenario ${plan.from}`)
  plan.rollback.forEach((action, i) => {
    out.push('', markdownAction(action, `R${i + 1}`, false))
  })
  return `${out.join('\n')}\n`
}

// ---------------------------------------------------------------------------------------------
// HTML

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0 auto; max-width: 900px; padding: 32px; color: #1b2430;
    font: 14px/1.5 'Segoe UI', system-ui, -apple-system, Arial, sans-serif; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #d8dde5; }
  h3 { font-size: 14.5px; margin: 0; display: flex; gap: 10px; align-items: baseline; }
  .meta, .muted { color: #566274; }
  .warnings li { margin: 4px 0; padding: 6px 10px; border-left: 3px solid #8a5a00; background: #fdf1d8; list-style: none; }
  .warnings { padding: 0; }
  ol.paths li.changed { font-weight: 600; }
  ol.paths { padding-left: 20px; font-size: 13px; }
  .flows { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
  .flows h3 { margin: 8px 0; }
  svg.diagram { width: 100%; height: auto; font-family: inherit; }
  @media print { .flows { break-inside: avoid; } }
  ol.actions { list-style: none; padding: 0; margin: 0; }
  ol.actions > li { margin: 0 0 14px; padding: 12px 14px; border: 1px solid #d8dde5; border-radius: 8px; break-inside: avoid; }
  .box { font-size: 16px; }
  .index { color: #566274; min-width: 2.2em; }
  dl { display: grid; grid-template-columns: 7em 1fr; gap: 4px 12px; margin: 10px 0; }
  dt { color: #566274; font-weight: 600; }
  dd { margin: 0; }
  pre { margin: 4px 0 8px; padding: 8px 10px; background: #eef1f5; border-radius: 5px;
    white-space: pre-wrap; word-break: break-word; font: 12px/1.45 Consolas, 'DejaVu Sans Mono', monospace; }
  .done-note { color: #1b7a3d; }
  @media print { body { padding: 0; } h2 { break-after: avoid; } }
`

function htmlAction(action: TransitionAction, index: string, ticked: boolean | null): string {
  const box =
    ticked === null
      ? ''
      : `<span class="box" aria-label="${ticked ? 'Done' : 'Not done'}">${ticked ? '☑' : '☐'}</span>`
  const rows: [string, string][] = [
    ['When', action.when],
    ['Why', action.why]
  ]
  const done = doneNote(action)
  if (done) rows.push(['Already done', done])
  // The source stays plain text here: the exported page links to nothing (see its test).
  rows.push(['Risk', action.risk], ['Source', action.source])
  const parts = [
    `<li id="action-${escapeHtml(index)}">`,
    `<h3>${box}<span class="index">${escapeHtml(index)}.</span><span>${escapeHtml(action.title)}</span></h3>`,
    '<dl>',
    ...rows.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`),
    '</dl>'
  ]
  if (action.change) {
    parts.push(
      `<div class="muted">${escapeHtml(CHANGE_LABELS[action.change.kind])}</div>`,
      `<pre>${escapeHtml(action.change.text)}</pre>`
    )
  }
  parts.push('<div class="muted">Verify</div>', `<pre>${escapeHtml(action.verify)}</pre>`, '</li>')
  return parts.join('\n')
}

const ARROW_COLORS = { inbound: '#0b5cad', outbound: '#1b7a3d', dim: '#b7c0cc' } as const

/** A scenario's mail-flow diagram as static SVG (no scripts, no styles from outside). */
export function diagramSvg(
  scenario: 1 | 2 | 3 | 4,
  changed: ReadonlySet<number>,
  id: string
): string {
  const diagram = diagramFor(scenario)
  const state = (path: number): 'inbound' | 'outbound' | 'dim' =>
    changed.size > 0 && !changed.has(path)
      ? 'dim'
      : (diagram.paths.find((p) => p.number === path)?.direction ?? 'inbound')
  const parts: string[] = [
    `<svg class="diagram" viewBox="0 0 ${diagram.width} ${diagram.height}" role="img" aria-label="${escapeHtml(`Mail-flow diagram of scenario ${scenario}`)}">`,
    '<defs>',
    ...Object.entries(ARROW_COLORS).map(
      ([kind, color]) =>
        `<marker id="${id}-${kind}" viewBox="0 0 10 10" refX="8.5" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0.5 L10,5 L0,9.5 L2.5,5 Z" fill="${color}"/></marker>`
    ),
    '</defs>'
  ]
  for (const group of diagram.groups) {
    const x = group.x - group.width / 2
    const y = group.y - group.height / 2
    parts.push(
      `<rect x="${x}" y="${y}" width="${group.width}" height="${group.height}" rx="16" fill="#e3eefa" fill-opacity="0.5" stroke="#0b5cad" stroke-opacity="0.35" stroke-dasharray="5 4"/>`,
      `<text x="${x + 14}" y="${y + 18}" font-size="12" font-weight="700" fill="#0b5cad" letter-spacing="0.06em">${escapeHtml(group.label.toUpperCase())}</text>`
    )
  }
  const segments = diagramSegments(diagram)
  for (const segment of segments) {
    const kind = state(segment.path)
    const dash = kind === 'dim' ? ' stroke-dasharray="4 5"' : ''
    parts.push(
      `<line x1="${segment.x1}" y1="${segment.y1}" x2="${segment.x2}" y2="${segment.y2}" stroke="${ARROW_COLORS[kind]}" stroke-width="${kind === 'dim' ? 1.6 : 2.6}"${dash} marker-end="url(#${id}-${kind})"/>`
    )
  }
  for (const node of diagram.nodes) {
    const left = node.x - node.width / 2
    const lines = node.lines
      .map(
        (line, index) =>
          `<tspan x="${left + 16}" dy="${index === 0 ? `${-(node.lines.length - 1) * 0.6}em` : '1.25em'}"${index > 0 ? ' font-size="13" font-weight="400" fill="#566274"' : ''}>${escapeHtml(line)}</tspan>`
      )
      .join('')
    parts.push(
      `<rect x="${left}" y="${node.y - node.height / 2}" width="${node.width}" height="${node.height}" rx="12" fill="#ffffff" stroke="#b7c0cc"/>`,
      `<text x="${left + 16}" y="${node.y}" dominant-baseline="central" font-size="15.5" font-weight="600" fill="#1b2430">${lines}</text>`
    )
  }
  for (const segment of segments) {
    if (!segment.badge) continue
    const kind = state(segment.path)
    parts.push(
      `<circle cx="${segment.badge.x}" cy="${segment.badge.y}" r="11" fill="${kind === 'dim' ? '#eef1f5' : ARROW_COLORS[kind]}" stroke="${kind === 'dim' ? '#b7c0cc' : '#ffffff'}" stroke-width="2"/>`,
      `<text x="${segment.badge.x}" y="${segment.badge.y}" text-anchor="middle" dominant-baseline="central" font-size="12" font-weight="700" fill="${kind === 'dim' ? '#566274' : '#ffffff'}">${segment.path}</text>`
    )
  }
  parts.push('</svg>')
  return parts.join('\n')
}

function htmlPaths(scenario: 1 | 2 | 3 | 4, changed: ReadonlySet<number>): string {
  const items = diagramFor(scenario).paths.map(
    (path) =>
      `<li${changed.has(path.number) ? ' class="changed"' : ''}>${escapeHtml(
        `${path.label}: ${describePath(path)}${changed.has(path.number) ? ' (changes)' : ''}`
      )}</li>`
  )
  return `<ol class="paths">\n${items.join('\n')}\n</ol>`
}

function htmlSteps(ids: readonly StepId[]): string {
  return ids.length === 0 ? 'none' : escapeHtml(ids.map((id) => stepTitle(id)).join('; '))
}

/** The runbook as one printable HTML document: inline CSS only, no scripts, values escaped. */
export function runbookHtml(plan: TransitionPlan, meta: RunbookMeta): string {
  const ticked = new Set(meta.ticked)
  const changed = new Set<number>(changedPaths(plan.from, plan.to))
  const heading = title(plan, meta)
  const doneCount = plan.actions.filter((action) => ticked.has(action.id)).length
  const body = [
    '<header>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p class="meta">Project: ${escapeHtml(meta.projectName)} · Generated ${escapeHtml(formatTimestamp(meta.generatedAt))}</p>`,
    `<p>From <strong>${escapeHtml(scenarioName(plan.from))}</strong> to <strong>${escapeHtml(scenarioName(plan.to))}</strong>. ${doneCount} of ${plan.actions.length} actions done.</p>`,
    '</header>'
  ]
  if (plan.warnings.length > 0) {
    body.push(
      '<h2>Warnings</h2>',
      '<ul class="warnings">',
      ...plan.warnings.map((w) => `<li>${escapeHtml(w)}</li>`),
      '</ul>'
    )
  }
  body.push(
    '<h2>Checklist changes</h2>',
    `<p>Adds: ${htmlSteps(plan.add)}</p>`,
    `<p>Retires (their history is kept): ${htmlSteps(plan.retire)}</p>`,
    '<h2>Mail flow</h2>',
    '<div class="flows">',
    '<div>',
    `<h3>Now: scenario ${plan.from}</h3>`,
    diagramSvg(plan.from, new Set(changed), 'now'),
    htmlPaths(plan.from, changed),
    '</div>',
    '<div>',
    `<h3>After: scenario ${plan.to}</h3>`,
    diagramSvg(plan.to, changed, 'after'),
    htmlPaths(plan.to, changed),
    '</div>',
    '</div>',
    '<h2>Runbook</h2>',
    '<ol class="actions">',
    ...plan.actions.map((action, i) => htmlAction(action, String(i + 1), ticked.has(action.id))),
    '</ol>',
    `<h2>Rollback to scenario ${plan.from}</h2>`,
    '<ol class="actions">',
    ...plan.rollback.map((action, i) => htmlAction(action, `R${i + 1}`, null)),
    '</ol>'
  )
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** A safe file name such as "runbook-contoso.com-3-to-2.md". */
export function runbookFileName(
  plan: Pick<TransitionPlan, 'from' | 'to'>,
  domainName: string,
  extension: 'md' | 'html'
): string {
  const name = domainName
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
  return `runbook-${name || 'domain'}-${plan.from}-to-${plan.to}.${extension}`
}
