import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { drawSoon } from '../../../src-renderer/lib/ui/charts/chart-queue'

/** A stand-in for the browser's task scheduler: the test runs the posted tasks. */
let posted: { run: () => void; priority: string | undefined }[]

function runPosted(): void {
  for (const task of posted.splice(0)) task.run()
}

beforeEach(() => {
  posted = []
  vi.stubGlobal('scheduler', {
    postTask: (run: () => void, options?: { priority?: string }) => {
      posted.push({ run, priority: options?.priority })
      return Promise.resolve()
    }
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('drawing new charts in a task of their own', () => {
  it('draws nothing in the update that asked, then every waiting chart in one task', () => {
    const drawn: string[] = []
    drawSoon(() => drawn.push('steps'))
    drawSoon(() => drawn.push('overdue'))
    expect(drawn).toEqual([])
    // At the default priority: a background task could starve behind an import's progress.
    expect(posted.map((task) => task.priority)).toEqual([undefined])
    runPosted()
    expect(drawn).toEqual(['steps', 'overdue'])
  })

  it('skips a chart cancelled before its task ran, and posts a new task for later charts', () => {
    const drawn: string[] = []
    const cancel = drawSoon(() => drawn.push('gone'))
    drawSoon(() => drawn.push('kept'))
    cancel()
    runPosted()
    expect(drawn).toEqual(['kept'])

    drawSoon(() => drawn.push('later'))
    expect(posted).toHaveLength(1)
    runPosted()
    expect(drawn).toEqual(['kept', 'later'])
  })

  it('lets a cancel after the draw do nothing', () => {
    const drawn: string[] = []
    const cancel = drawSoon(() => drawn.push('once'))
    runPosted()
    cancel()
    drawSoon(() => drawn.push('next'))
    runPosted()
    expect(drawn).toEqual(['once', 'next'])
  })
})
