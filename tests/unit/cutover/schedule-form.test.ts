import { describe, expect, it } from 'vitest'
import {
  applyDraft,
  initialForm,
  scheduleInput
} from '../../../src-renderer/lib/ui/cutover/schedule-form'
import { makeStep } from '../../support/steps'

const ACTIONS = [
  { id: 'lower-mx-ttl', title: 'Lower the MX record’s TTL' },
  { id: 'dns-mx-eop', title: 'Point the MX record to Exchange Online Protection' }
]

describe('the schedule form', () => {
  it('starts with each action owned by its checklist step’s owner, else by the user, and the standard gates', () => {
    const steps = [makeStep({ id: 's1', stepId: 'dns-mx-eop', owner: ' Ben Ito ' })]
    const form = initialForm(ACTIONS, steps, 'Ana Lopez')
    expect(form.actions.map((action) => [action.id, action.owner])).toEqual([
      ['lower-mx-ttl', 'Ana Lopez'],
      ['dns-mx-eop', 'Ben Ito']
    ])
    expect(form.standard).toEqual({ dns: true, connectors: true, 'route-test': true })
  })

  it('sends the checked standard gates, then the manual ones, and local times as ISO', () => {
    const form = initialForm(ACTIONS, [], 'Ana Lopez')
    form.start = '2026-12-12T22:00'
    form.end = 'not a time'
    form.standard.connectors = false
    form.manual = ['Change board approval']
    const input = scheduleInput(form)
    expect(input.windowStart).toBe(new Date('2026-12-12T22:00').toISOString())
    expect(input.windowEnd).toBe('')
    expect(input.gates).toEqual([
      { kind: 'dns', name: 'DNS checks pass' },
      { kind: 'route-test', name: 'Route test passes' },
      { kind: 'manual', name: 'Change board approval' }
    ])
  })

  it('reads a draft back over a fresh form, ignoring what it cannot read', () => {
    const fresh = initialForm(ACTIONS, [], 'Ana Lopez')
    const draft = JSON.stringify({
      start: '2026-12-12T22:00',
      end: 42,
      actions: [
        { id: 'dns-mx-eop', owner: 'Ben Ito', planned: '2026-12-12T23:00' },
        { id: 'gone-action', owner: 'Nobody', planned: '' }
      ],
      standard: { dns: false },
      manual: ['CAB', 7]
    })
    const form = applyDraft(fresh, draft)
    expect(form.start).toBe('2026-12-12T22:00')
    expect(form.end).toBe('')
    expect(form.actions.map((action) => [action.id, action.owner, action.planned])).toEqual([
      ['lower-mx-ttl', 'Ana Lopez', ''],
      ['dns-mx-eop', 'Ben Ito', '2026-12-12T23:00']
    ])
    expect(form.standard).toEqual({ dns: false, connectors: true, 'route-test': true })
    expect(form.manual).toEqual(['CAB'])
    expect(applyDraft(fresh, '{not json')).toBe(fresh)
    expect(applyDraft(fresh, undefined)).toBe(fresh)
  })
})
