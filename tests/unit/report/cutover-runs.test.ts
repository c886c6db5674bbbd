import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../src-renderer/lib/domain/report'
import { reportBodyHtml } from '../../../src-renderer/lib/domain/report/html'
import { reportMarkdown } from '../../../src-renderer/lib/domain/report/markdown'
import { makeRun } from '../cutover/fixtures'
import { CONTOSO, FABRIKAM, GENERATED_AT, HOSTILE_HTML, reportInputs, TODAY } from './fixtures'

/** contoso.com's aborted run of 12 December, gates and two actions ticked by two people. */
function abortedRun(): ReturnType<typeof makeRun> {
  const run = makeRun({
    id: 'run-a',
    domainId: CONTOSO.id,
    domainName: 'old-name.com',
    status: 'aborted',
    endedAt: '2026-12-12T23:40:00.000Z',
    endedBy: 'Ben Ito',
    endReason: 'Partner NDRs after the MX change'
  })
  run.gates[0] = {
    ...run.gates[0]!,
    state: 'passed',
    by: 'Ben Ito',
    at: '2026-12-12T22:05:00.000Z',
    note: 'MX and SPF OK'
  }
  run.actions[0] = {
    ...run.actions[0]!,
    title: 'Lower the MX record’s TTL',
    doneAt: '2026-12-11T22:04:00.000Z',
    doneBy: 'Ana Lopez',
    note: 'TTL 300'
  }
  run.actions[1] = {
    ...run.actions[1]!,
    title: 'Remove the restriction',
    doneAt: '2026-12-12T22:31:00.000Z',
    doneBy: 'Ben Ito'
  }
  return run
}

function build(scope: 'project' | 'domain', runs = [abortedRun()]) {
  return buildReport(
    reportInputs({
      scope: scope === 'project' ? { kind: 'project' } : { kind: 'domain', domainId: FABRIKAM.id },
      runs: [
        ...runs,
        makeRun({
          id: 'run-next',
          domainId: FABRIKAM.id,
          domainName: 'fabrikam.com',
          windowStart: '2026-12-19T22:00:00.000Z',
          windowEnd: '2026-12-20T02:00:00.000Z'
        })
      ]
    }),
    { today: TODAY, generatedAt: GENERATED_AT }
  )
}

describe('the report’s cut-over runs', () => {
  it('lists each archived run as executed and the scheduled ones, for the domains in scope', () => {
    const report = build('project')
    expect(report.cutoverRuns.archived).toHaveLength(1)
    const run = report.cutoverRuns.archived[0]!
    // The domain's current name, not the one stored when the run was scheduled.
    expect(run).toMatchObject({
      domainName: 'contoso.com',
      status: 'aborted',
      statusLabel: 'Aborted',
      done: 2,
      total: 4,
      endedBy: 'Ben Ito'
    })
    expect(run.actions[0]).toEqual({
      title: 'Lower the MX record’s TTL',
      owner: 'Ana Lopez',
      plannedAt: '2026-12-11T22:00:00.000Z',
      doneAt: '2026-12-11T22:04:00.000Z',
      doneBy: 'Ana Lopez',
      note: 'TTL 300'
    })
    expect(report.cutoverRuns.scheduled.map((r) => r.id)).toEqual(['run-next'])

    const domainReport = build('domain')
    expect(domainReport.cutoverRuns.archived).toEqual([])
    expect(domainReport.cutoverRuns.scheduled.map((r) => r.id)).toEqual(['run-next'])
  })

  it('prints who ticked what, when, with notes, in HTML and Markdown', () => {
    const report = build('project')
    const html = reportBodyHtml(report, new Map())
    expect(html).toContain('<h2>Cut-over runs</h2>')
    expect(html).toContain(
      'Cut-over of contoso.com, scenario 3 → 2 <span class="status status-aborted">Aborted</span>'
    )
    expect(html).toContain(
      'Aborted by Ben Ito at 2026-12-12 23:40 UTC; 2 of 4 actions ticked. Reason: Partner NDRs after the MX change'
    )
    expect(html).toContain(
      '<th scope="row">1. Lower the MX record’s TTL</th><td>Ana Lopez</td><td>2026-12-11 22:00 UTC</td><td>Ana Lopez, 2026-12-11 22:04 UTC</td><td>TTL 300</td>'
    )
    expect(html).toContain('<td>Not ticked</td>')
    expect(html).toContain('<span class="status status-passed">Passed</span>')
    const markdown = reportMarkdown(report)
    expect(markdown).toContain('## Cut-over runs')
    expect(markdown).toContain('### Cut-over of contoso.com, scenario 3 → 2: Aborted')
    expect(markdown).toContain(
      '| 2. Remove the restriction | Ben Ito | 2026-12-12 22:30 UTC | Ben Ito, 2026-12-12 22:31 UTC | — |'
    )
    expect(markdown).toContain('### Scheduled')
    expect(markdown).toMatch(
      /- Cut-over of fabrikam\.com, scenario 3 → 2\. Window 2026-12-19 22:00 UTC/
    )
  })

  it('says so when there is no run, and escapes what people typed', () => {
    const none = buildReport(reportInputs(), { today: TODAY, generatedAt: GENERATED_AT })
    expect(reportBodyHtml(none, new Map())).toContain(
      'No cut-over run has been scheduled for the domains in scope.'
    )
    const hostile = abortedRun()
    hostile.actions[0] = { ...hostile.actions[0]!, note: HOSTILE_HTML }
    const html = reportBodyHtml(build('project', [hostile]), new Map())
    expect(html).not.toContain(HOSTILE_HTML)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
