import { afterEach, describe, expect, it } from 'vitest'
import { restoreBackup } from '../../src-renderer/lib/db/backup'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import type { StepId } from '../../src-renderer/lib/domain/types'
import { contextSequence, openTestDb, upgradedFrom, VERSION_2_STORES } from '../support/db'
import { CONDITIONS_BEFORE_FILTER, releasedChecklist, signedBackup } from '../support/released-rows'

const at = contextSequence()

/** A project of version 2: no cloud, a domain without the third-party filter condition, and the
 *  steps the catalog of that version gave scenario 3, one of them done with notes. */
const {
  project: PROJECT,
  domain: DOMAIN,
  steps: OLD_STEPS
} = releasedChecklist({
  at: '2026-01-01T00:00:00.000Z',
  exchangeVersion: '2016',
  domain: { name: 'fabrikam.com', scenario: 3, conditions: CONDITIONS_BEFORE_FILTER },
  steps: [
    'add-domain',
    'verify-domain',
    'dns-spf',
    'hybrid-configuration-wizard',
    'connector-cloud-to-onprem',
    'connector-onprem-to-cloud',
    'dns-mx-onprem',
    'restrict-inbound-to-mx-path',
    'partner-connectors',
    'move-mailboxes'
  ],
  order: (_stepId, index) => index,
  requirement: () => 'recommended',
  reason: 'Recommended in scenario 3 because of an older catalog.',
  done: {
    stepId: 'dns-spf',
    owner: 'Ana',
    notes: 'published 2026-01-02',
    completedAt: '2026-01-02T00:00:00.000Z'
  }
})

const NEW_STEPS: StepId[] = [
  'directory-sync',
  'enable-cmt',
  'enhanced-filtering',
  'verify-mail-flow'
]

let databases: TrackerDb[] = []
afterEach(async () => {
  for (const database of databases) await database.delete()
  databases = []
})

async function expectUpToDate(db: TrackerDb): Promise<void> {
  const steps = await db.steps.where('domainId').equals('d1').toArray()
  const byId = new Map(steps.map((step) => [step.stepId, step]))
  for (const id of NEW_STEPS) {
    expect(byId.get(id), id).toMatchObject({ status: 'todo', retired: false })
    expect(byId.get(id)?.reason).toMatch(/^Required in scenario 3 because /)
  }
  expect(byId.get('dns-mx-dnssec')).toMatchObject({ requirement: 'optional', status: 'todo' })
  // History kept: the done step keeps its status, owner, notes and time; reasons follow the catalog.
  expect(byId.get('dns-spf')).toMatchObject({
    status: 'done',
    owner: 'Ana',
    notes: 'published 2026-01-02',
    completedAt: '2026-01-02T00:00:00.000Z',
    requirement: 'required'
  })
  expect(byId.get('connector-onprem-to-cloud')?.requirement).toBe('required')
  const domain = await db.domains.get('d1')
  expect(domain?.conditions.thirdPartyFilterInFront).toBe(false)
  const events = await db.events.where('entityId').equals('d1').toArray()
  expect(events).toHaveLength(1)
  expect(events[0]?.action).toBe('checklist-regenerated')
  expect(events[0]?.summary).toContain('“Turn on Enhanced Filtering for Connectors”')
}

describe('checklists of older versions', () => {
  it('the upgrade to version 3 adds the new steps as to do with their reason, history kept', async () => {
    const upgraded = await upgradedFrom(2, VERSION_2_STORES, async (old) => {
      await old.table('projects').add(PROJECT)
      await old.table('domains').add(DOMAIN)
      await old.table('steps').bulkAdd(OLD_STEPS)
    })
    databases.push(upgraded)
    expect(upgraded.verno).toBe(9)
    await expectUpToDate(upgraded)
  })

  it('restoring a backup of version 2 regenerates every checklist', async () => {
    const target = await openTestDb()
    databases.push(target)
    const tables = {
      projects: [PROJECT],
      domains: [DOMAIN],
      steps: OLD_STEPS,
      dnsRecords: [],
      connectors: [],
      mailboxes: [],
      batches: [],
      events: [],
      settings: [],
      imports: [],
      mappings: [],
      snapshots: [],
      plans: []
    }
    const text = await signedBackup(
      { schemaVersion: 2, appVersion: '0.1.0', createdAt: '2026-02-01T00:00:00.000Z' },
      tables
    )
    const result = await restoreBackup(target, text, '0.2.0', at('2026-03-01T09:00:00.000Z'))
    expect(result.ok).toBe(true)
    await expectUpToDate(target)
  })
})
