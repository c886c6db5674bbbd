import { describe, expect, it } from 'vitest'
import {
  compareCounts,
  otherRows,
  summariseCounts
} from '../../src-renderer/lib/ui/data/row-counts'

describe('row counts in words', () => {
  it('summarises the non-zero named tables in a fixed order', () => {
    expect(
      summariseCounts({ events: 52, projects: 1, mailboxes: 0, steps: 48, domains: 3, settings: 2 })
    ).toBe('1 project · 3 domains · 48 checklist steps · 52 activity entries')
    expect(summariseCounts({ settings: 2 })).toBe('no data yet')
  })

  it('adds up the tables without a name of their own', () => {
    expect(otherRows({ projects: 1, settings: 2, imports: 3, snapshots: 4 })).toBe(9)
  })

  it('compares the main tables always and the others only when one side has rows', () => {
    expect(
      compareCounts(
        { projects: 2, domains: 5, steps: 60, events: 80, settings: 2 },
        { projects: 1, domains: 3, steps: 48, events: 52, connectors: 2, settings: 2, plans: 1 }
      )
    ).toEqual([
      { label: 'Projects', now: 2, backup: 1 },
      { label: 'Domains', now: 5, backup: 3 },
      { label: 'Checklist steps', now: 60, backup: 48 },
      { label: 'Connectors', now: 0, backup: 2 },
      { label: 'Mailboxes', now: 0, backup: 0 },
      { label: 'Activity entries', now: 80, backup: 52 },
      { label: 'Other rows (settings, imports…)', now: 2, backup: 3 }
    ])
  })
})
