import { describe, expect, it } from 'vitest'
import { CATALOG_ORDER, stepsFor } from '../../../src-renderer/lib/domain/catalog'
import {
  describeWhen,
  PLATFORM_CHANGES,
  platformChangesFor
} from '../../../src-renderer/lib/domain/platform-changes/changes'
import { SCENARIOS } from '../../../src-renderer/lib/domain/types'
import { PLAIN_PROFILE } from '../../support/steps'

const PROFILE = PLAIN_PROFILE

/** A real calendar day or month, written YYYY-MM-DD or YYYY-MM. */
function isCalendarDate(when: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(when)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '1')]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2020
}

describe('the platform changes table', () => {
  it('has the changes issue 11 asks for, each id once', () => {
    const ids = PLATFORM_CHANGES.map((change) => change.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([
      'bulk-sender-requirements',
      'certificate-lifetime',
      'dedicated-hybrid-app',
      'dnssec-mx',
      'exchange-server-se',
      'reject-direct-send',
      'smtp-auth-basic',
      'tenant-recipient-limit'
    ])
  })

  for (const change of PLATFORM_CHANGES) {
    describe(change.id, () => {
      it('dates every event, or says explicitly that the date is unconfirmed', () => {
        expect(change.timeline.length).toBeGreaterThan(0)
        expect(change.timeline.some((event) => event.when !== 'unconfirmed')).toBe(true)
        for (const event of change.timeline) {
          expect(event.when === 'unconfirmed' || isCalendarDate(event.when), event.when).toBe(true)
          expect(event.what).toMatch(/^[A-Z].+\.$/)
        }
        const dated = change.timeline.filter((event) => event.when !== 'unconfirmed')
        expect(dated.map((event) => event.when)).toEqual(dated.map((e) => e.when).sort())
        // Unconfirmed events come last, after every dated one.
        const firstUnconfirmed = change.timeline.findIndex((e) => e.when === 'unconfirmed')
        if (firstUnconfirmed !== -1) {
          expect(
            change.timeline.slice(firstUnconfirmed).every((e) => e.when === 'unconfirmed')
          ).toBe(true)
        }
      })

      it('cites public https sources, and message center ids as text', () => {
        expect(change.sources.length).toBeGreaterThan(0)
        for (const source of change.sources) {
          expect(new URL(source.url).protocol).toBe('https:')
          expect(source.title).not.toBe('')
        }
        // A Microsoft page (Learn or an Exchange Team / Defender blog) comes first.
        expect(new URL(change.sources[0]?.url ?? '').hostname).toMatch(
          /^(learn|techcommunity)\.microsoft\.com$/
        )
        for (const id of change.messageCenter) expect(id).toMatch(/^MC\d{5,7}$/)
      })

      it('names existing scenarios and steps, each step shown in one of them', () => {
        expect(change.scenarios.length).toBeGreaterThan(0)
        for (const scenario of change.scenarios) expect(SCENARIOS).toContain(scenario)
        expect(change.stepIds.length).toBeGreaterThan(0)
        for (const stepId of change.stepIds) {
          expect(CATALOG_ORDER).toContain(stepId)
          const shown = change.scenarios.some((s) =>
            stepsFor(s, PROFILE).some((step) => step.id === stepId)
          )
          expect(shown, `${stepId} appears in none of the change's scenarios`).toBe(true)
        }
        expect(change.summary.length).toBeGreaterThan(80)
        expect(change.checklist.length).toBeGreaterThan(40)
      })
    })
  }
})

describe('platformChangesFor', () => {
  it('gives a step the changes that touch it in the domain’s scenario', () => {
    expect(platformChangesFor('renew-hybrid-certificate', 3).map((c) => c.id)).toEqual([
      'reject-direct-send',
      'certificate-lifetime'
    ])
    expect(platformChangesFor('onprem-relay-via-cloud', 4).map((c) => c.id)).toEqual([
      'dnssec-mx',
      'exchange-server-se',
      'smtp-auth-basic',
      'tenant-recipient-limit'
    ])
    // The tenant-wide limit concerns relaying through Exchange Online, not scenario 3.
    expect(platformChangesFor('onprem-relay-via-cloud', 3).map((c) => c.id)).not.toContain(
      'tenant-recipient-limit'
    )
    expect(platformChangesFor('add-domain', 1)).toEqual([])
  })
})

describe('describeWhen', () => {
  it.each([
    ['2025-10-14', '14 October 2025'],
    ['2026-03-05', '5 March 2026'],
    ['2023-03', 'March 2023'],
    ['unconfirmed', 'date not confirmed'],
    ['2025-13', 'date not confirmed']
  ])('%s → %s', (when, text) => {
    expect(describeWhen(when)).toBe(text)
  })
})
