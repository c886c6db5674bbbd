import { describe, expect, it } from 'vitest'
import {
  parseStepDrafts,
  sameFields,
  stepFields,
  type StepDraft
} from '../../src-renderer/lib/domain/step-drafts'

const fields = {
  status: 'in-progress' as const,
  statusReason: '',
  owner: 'Dana',
  dueDate: '2030-01-15',
  notes: 'Include the bank relay',
  evidence: ''
}

const draft: StepDraft = { projectId: 'p1', domainId: 'd1', baseRev: 3, fields }

describe('step drafts', () => {
  it('takes the editable fields of a step and compares them', () => {
    const step = { ...fields, completedAt: null, retired: false }
    expect(stepFields(step)).toEqual(fields)
    expect(sameFields(stepFields(step), fields)).toBe(true)
    expect(sameFields(fields, { ...fields, notes: 'Include the bank relay.' })).toBe(false)
    expect(sameFields(fields, { ...fields, status: 'done' })).toBe(false)
  })

  it('reads stored drafts back', () => {
    expect(parseStepDrafts(JSON.stringify({ s1: draft }))).toEqual({ s1: draft })
  })

  it('leaves out what is not a draft, and reads damaged storage as no drafts', () => {
    const stored = JSON.stringify({
      good: draft,
      badStatus: { ...draft, fields: { ...fields, status: 'finished' } },
      missingNotes: { ...draft, fields: { ...fields, notes: undefined } },
      badRev: { ...draft, baseRev: '3' },
      notObject: 'x'
    })
    expect(Object.keys(parseStepDrafts(stored))).toEqual(['good'])
    expect(parseStepDrafts('{not json')).toEqual({})
    expect(parseStepDrafts('[1,2]')).toEqual({})
    expect(parseStepDrafts(null)).toEqual({})
  })
})
