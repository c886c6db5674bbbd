/** Checklist step rows for tests, so each test names only the fields it is about. */
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { DomainProfile, Step } from '../../src-renderer/lib/domain/types'

/** The profile of a domain with no condition, on Exchange 2010 or later on-premises. */
export const PLAIN_PROFILE: DomainProfile = { ...NO_CONDITIONS, exchange2010OrLater: true }

let made = 0

/**
 * A stored step with defaults for everything not given: a required `dns-spf` step to do, of
 * domain `d` in project `p`, with a fresh id (`s1`, `s2`, …) and its number as its order.
 */
export function makeStep(fields: Partial<Step> = {}): Step {
  made += 1
  return {
    id: `s${made}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rev: 1,
    projectId: 'p',
    domainId: 'd',
    stepId: 'dns-spf',
    order: made,
    requirement: 'required',
    reason: '',
    status: 'todo',
    statusReason: '',
    owner: '',
    dueDate: '',
    notes: '',
    evidence: '',
    completedAt: null,
    retired: false,
    ...fields
  }
}
