import { describe, expect, it } from 'vitest'
import { PLATFORM_CHANGES } from '../../../src-renderer/lib/domain/platform-changes/changes'
import type { PlatformChange } from '../../../src-renderer/lib/domain/platform-changes/changes'
import { changeReach, currentEvent } from '../../../src-renderer/lib/domain/platform-changes/reach'
import type { Step, StepId } from '../../../src-renderer/lib/domain/types'
import { makeStep } from '../../support/steps'
import { domain } from '../dns/fixtures'

function change(id: string): PlatformChange {
  const found = PLATFORM_CHANGES.find((c) => c.id === id)
  if (!found) throw new Error(`no change ${id}`)
  return found
}

function step(domainId: string, stepId: StepId, retired = false): Step {
  return makeStep({
    id: `${domainId}-${stepId}`,
    projectId: 'p1',
    domainId,
    stepId,
    order: 0,
    retired
  })
}

describe('changeReach', () => {
  it('lists the domains whose active steps the change touches, in a scenario it concerns', () => {
    const contoso = domain('contoso.com', 1)
    const fabrikam = domain('fabrikam.com', 3)
    const steps = [
      step(contoso.id, 'onprem-relay-via-cloud'),
      step(fabrikam.id, 'onprem-relay-via-cloud', true),
      step(fabrikam.id, 'dns-spf')
    ]
    const limit = change('tenant-recipient-limit')
    expect(changeReach(limit, [contoso, fabrikam], steps)).toEqual([
      { domain: contoso, stepIds: ['onprem-relay-via-cloud'] }
    ])
    expect(changeReach(change('bulk-sender-requirements'), [contoso, fabrikam], steps)).toEqual([
      { domain: fabrikam, stepIds: ['dns-spf'] }
    ])
    expect(changeReach(limit, [], steps)).toEqual([])
  })
})

describe('currentEvent', () => {
  const certificates = change('certificate-lifetime')

  it('leads with the latest event on or before the day', () => {
    expect(currentEvent(certificates, '2026-12-07')?.when).toBe('2026-03-15')
    expect(currentEvent(certificates, '2026-03-15')?.when).toBe('2026-03-15')
    expect(currentEvent(certificates, '2027-06-01')?.when).toBe('2027-03-15')
  })

  it('compares a month with the day’s month, and takes the first event when all lie ahead', () => {
    expect(currentEvent(change('dedicated-hybrid-app'), '2026-05-02')?.when).toBe('2026-05')
    expect(currentEvent(certificates, '2024-01-01')?.when).toBe('2025-04-11')
  })
})
