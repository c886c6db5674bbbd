import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../src-renderer/lib/domain/report'
import { scheduledRunLine } from '../../../src-renderer/lib/domain/report/cutover-runs'
import { forecastLines } from '../../../src-renderer/lib/domain/report/texts'
import { makeRun } from '../cutover/fixtures'
import { FABRIKAM, GENERATED_AT, reportInputs, TODAY } from './fixtures'

type Forecast = ReturnType<typeof buildReport>['forecast']

const build = (runs = [] as ReturnType<typeof makeRun>[]) =>
  buildReport(reportInputs({ runs }), { today: TODAY, generatedAt: GENERATED_AT })

describe('forecastLines', () => {
  it('says the mailboxes’ forecast, then the required steps’, each with its badge and reason', () => {
    const { forecast } = build()
    const [mailboxes, steps] = forecastLines(forecast)
    expect(mailboxes).toMatchObject({
      heading: 'Mailboxes',
      code: forecast.mailboxes.status,
      explanation: forecast.mailboxes.explanation
    })
    expect(steps).toMatchObject({
      heading: 'Required steps',
      explanation: forecast.steps.explanation
    })
  })

  it('badges steps behind schedule as such, whatever their status', () => {
    const { forecast } = build()
    const behind: Forecast = {
      ...forecast,
      steps: { ...forecast.steps, status: 'forecast', behindSchedule: true }
    }
    expect(forecastLines(behind)[1]).toMatchObject({
      label: 'Behind schedule',
      code: 'behind-schedule'
    })
    const onTime: Forecast = {
      ...forecast,
      steps: { ...forecast.steps, status: 'stalled', behindSchedule: false }
    }
    expect(forecastLines(onTime)[1]).toMatchObject({ label: 'Stalled', code: 'stalled' })
  })
})

describe('scheduledRunLine', () => {
  it('puts the run’s title before its window and progress', () => {
    const report = build([
      makeRun({
        id: 'run-next',
        domainId: FABRIKAM.id,
        domainName: 'fabrikam.com',
        windowStart: '2026-12-19T22:00:00.000Z',
        windowEnd: '2026-12-20T02:00:00.000Z'
      })
    ])
    const [run] = report.cutoverRuns.scheduled
    expect(run).toBeDefined()
    const line = scheduledRunLine(run!)
    expect(line).toMatch(/^Cut-over of fabrikam\.com, scenario \d → \d\. Window /)
    expect(line).toContain('actions ticked.')
  })
})
