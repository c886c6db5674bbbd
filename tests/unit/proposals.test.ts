import { describe, expect, it } from 'vitest'
import {
  acceptAllCandidates,
  combineProposals,
  evidenceAfterAccepting,
  evidenceLine,
  flagSentence,
  makeProposal,
  proposalsFromDns,
  type Proposal
} from '../../src-renderer/lib/domain/proposals'
import type { Step, StepId } from '../../src-renderer/lib/domain/types'
import { domain, project } from './dns/fixtures'

type StepLike = Pick<Step, 'stepId' | 'status' | 'retired' | 'domainId'>

function step(stepId: StepId, status: Step['status'] = 'todo', retired = false): StepLike {
  return { stepId, status, retired, domainId: 'd1' }
}

function proof(stepId: StepId, fields: Partial<Omit<Proposal, 'key'>> = {}): Proposal {
  return makeProposal({
    domainId: 'd1',
    stepId,
    source: 'inventory',
    kind: 'proves',
    at: '2026-03-01T09:00:00.000Z',
    fact: `fact for ${stepId}`,
    ...fields
  })
}

describe('proposal keys', () => {
  it('stay the same for the same fact on another date, so a dismissal sticks', () => {
    const first = proof('add-domain')
    const later = proof('add-domain', { at: '2026-04-01T09:00:00.000Z' })
    expect(later.key).toBe(first.key)
    expect(proof('add-domain', { fact: 'other' }).key).not.toBe(first.key)
    expect(proof('add-domain', { source: 'dns' }).key).not.toBe(first.key)
    expect(proof('add-domain', { kind: 'contradicts' }).key).not.toBe(first.key)
  })
})

describe('combineProposals', () => {
  it('offers proofs of steps not yet done, newest per source, across sources', () => {
    const older = proof('dns-spf', { fact: 'old', at: '2026-01-01T00:00:00.000Z' })
    const newer = proof('dns-spf', { fact: 'new', at: '2026-02-01T00:00:00.000Z' })
    const dns = proof('dns-spf', { source: 'dns', fact: 'dns', at: '2026-01-15T00:00:00.000Z' })
    const combined = combineProposals([older, newer, dns], [step('dns-spf')], new Set())
    expect(combined.get('dns-spf')?.pending.map((p) => p.fact)).toEqual(['new', 'dns'])
    expect(combined.get('dns-spf')?.disputed).toBe(false)
  })

  it('leaves out decided proposals and retired steps, and only confirms done steps', () => {
    const decided = proof('add-domain')
    const confirming = proof('verify-domain')
    const combined = combineProposals(
      [decided, confirming, proof('dns-spf')],
      [step('add-domain'), step('verify-domain', 'done'), step('dns-spf', 'todo', true)],
      new Set([decided.key])
    )
    expect([...combined.keys()]).toEqual(['verify-domain'])
    expect(combined.get('verify-domain')).toMatchObject({ pending: [], confirmed: [confirming] })
    expect(acceptAllCandidates(combined, [step('verify-domain', 'done')])).toEqual([])
  })

  it('flags a done step that newer evidence contradicts instead of reopening it', () => {
    const against = proof('enable-cmt', { kind: 'contradicts', fact: 'CMT is off' })
    const combined = combineProposals([against], [step('enable-cmt', 'done')], new Set())
    expect(combined.get('enable-cmt')).toEqual({
      stepId: 'enable-cmt',
      pending: [],
      flags: [against],
      concerns: [],
      confirmed: [],
      disputed: false
    })
    expect(flagSentence(against)).toBe(
      'Verified from configuration on 2026-03-01 contradicts “Enable centralized mail transport”: CMT is off'
    )
  })

  it('marks a step disputed when one source proves it and another contradicts it', () => {
    const combined = combineProposals(
      [proof('dns-spf', { source: 'dns' }), proof('dns-spf', { kind: 'contradicts', fact: 'no' })],
      [step('dns-spf')],
      new Set()
    )
    const entry = combined.get('dns-spf')
    expect(entry?.disputed).toBe(true)
    expect(entry?.concerns.map((p) => p.fact)).toEqual(['no'])
    expect(acceptAllCandidates(combined, [step('dns-spf')])).toEqual([])
  })
})

describe('acceptAllCandidates', () => {
  it('takes one proof per step and skips statuses the user set deliberately', () => {
    const steps = [
      step('add-domain'),
      step('verify-domain', 'blocked'),
      step('dns-spf', 'in-progress')
    ]
    const combined = combineProposals(
      [
        proof('add-domain'),
        proof('verify-domain'),
        proof('dns-spf'),
        proof('dns-spf', { source: 'dns' })
      ],
      steps,
      new Set()
    )
    expect(combined.get('verify-domain')?.pending).toHaveLength(1)
    expect(acceptAllCandidates(combined, steps).map((p) => `${p.stepId}:${p.source}`)).toEqual([
      'add-domain:inventory',
      'dns-spf:dns'
    ])
  })
})

describe('evidence', () => {
  it('quotes the source, the date and the fact, keeping what the user wrote', () => {
    const accepted = proof('add-domain', { fact: 'contoso.com is an accepted domain' })
    expect(evidenceLine(accepted)).toBe(
      'Verified from configuration on 2026-03-01: contoso.com is an accepted domain'
    )
    expect(evidenceLine({ ...accepted, source: 'dns' })).toBe(
      'DNS check on 2026-03-01: contoso.com is an accepted domain'
    )
    expect(evidenceAfterAccepting('', accepted)).toBe(evidenceLine(accepted))
    expect(evidenceAfterAccepting('Ticket 42', accepted)).toBe(
      `Ticket 42\n${evidenceLine(accepted)}`
    )
    const twice = evidenceAfterAccepting('Ticket 42', accepted)
    expect(evidenceAfterAccepting(twice, accepted)).toBe(twice)
  })
})

describe('proposalsFromDns', () => {
  it('proposes every step a stored ok verdict backs, dated by the check', () => {
    const proposals = proposalsFromDns(project(), domain('contoso.com', 2, { id: 'd1' }), [
      {
        kind: 'mx',
        name: 'contoso.com',
        expected: '',
        observed: null,
        checkedAt: '2026-03-02T10:00:00.000Z',
        verdict: { status: 'ok', summary: 'MX points to EOP.', details: [], stepId: 'dns-mx-eop' }
      },
      {
        kind: 'spf',
        name: 'contoso.com',
        expected: '',
        observed: null,
        checkedAt: '2026-03-02T10:00:00.000Z',
        verdict: { status: 'error', summary: 'SPF misses EOP.', details: [], stepId: 'dns-spf' }
      }
    ])
    expect(proposals).toEqual([
      makeProposal({
        domainId: 'd1',
        stepId: 'dns-mx-eop',
        source: 'dns',
        kind: 'proves',
        at: '2026-03-02T10:00:00.000Z',
        fact: 'MX points to EOP.'
      })
    ])
  })
})
