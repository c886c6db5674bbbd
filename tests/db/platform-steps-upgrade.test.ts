import { afterEach, describe, expect, it } from 'vitest'
import { restoreBackup } from '../../src-renderer/lib/db/backup'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { TABLE_KEYS_BY_VERSION } from '../../src-renderer/lib/domain/backup'
import { CATALOG_ORDER } from '../../src-renderer/lib/domain/catalog'
import type { StepId } from '../../src-renderer/lib/domain/types'
import { contextSequence, openTestDb, upgradedFrom, VERSION_8_STORES } from '../support/db'
import { CONDITIONS_WITH_FILTER, releasedChecklist, signedBackup } from '../support/released-rows'

const at = contextSequence()

const PLATFORM_STEPS: StepId[] = ['keep-onprem-current', 'renew-hybrid-certificate']

/** The scenario 1 checklist of the version 6 catalog, the certificate connector step done. */
const {
  project: PROJECT,
  domain: DOMAIN,
  steps: OLD_STEPS
} = releasedChecklist({
  at: '2026-06-01T00:00:00.000Z',
  exchangeVersion: '2019',
  domain: { name: 'contoso.com', scenario: 1, conditions: CONDITIONS_WITH_FILTER },
  steps: [
    'add-domain',
    'verify-domain',
    'directory-sync',
    'dns-spf',
    'hybrid-configuration-wizard',
    'connector-cloud-to-onprem',
    'connector-onprem-to-cloud',
    'onprem-relay-via-cloud',
    'dns-mx-eop',
    'partner-connectors',
    'verify-mail-flow',
    'move-mailboxes',
    'dns-mx-dnssec'
  ],
  order: (stepId) => CATALOG_ORDER.indexOf(stepId as StepId),
  requirement: (stepId) => (stepId === 'dns-mx-dnssec' ? 'optional' : 'required'),
  reason: 'Required in scenario 1 because of the version 6 catalog.',
  done: {
    stepId: 'connector-onprem-to-cloud',
    owner: 'Ana',
    notes: 'certificate mail.contoso.com',
    completedAt: '2026-06-02T00:00:00.000Z'
  }
})

let databases: TrackerDb[] = []
afterEach(async () => {
  for (const database of databases) await database.delete()
  databases = []
})

async function expectPlatformSteps(db: TrackerDb): Promise<void> {
  const steps = await db.steps.where('domainId').equals('d1').toArray()
  const byId = new Map(steps.map((step) => [step.stepId, step]))
  for (const id of PLATFORM_STEPS) {
    expect(byId.get(id), id).toMatchObject({
      status: 'todo',
      retired: false,
      requirement: 'required',
      order: CATALOG_ORDER.indexOf(id)
    })
    expect(byId.get(id)?.reason).toMatch(/^Required in scenario 1 because /)
  }
  expect(byId.get('connector-onprem-to-cloud')).toMatchObject({
    status: 'done',
    owner: 'Ana',
    notes: 'certificate mail.contoso.com',
    completedAt: '2026-06-02T00:00:00.000Z'
  })
  const events = await db.events.where('entityId').equals('d1').toArray()
  expect(events).toHaveLength(1)
  expect(events[0]?.summary).toContain('“Keep on-premises Exchange current (Exchange Server SE)”')
  expect(events[0]?.after).toMatchObject({ added: PLATFORM_STEPS })
}

describe('checklists of version 6', () => {
  it('the upgrade to version 9 adds the platform-change steps as to do, history kept', async () => {
    const upgraded = await upgradedFrom(8, VERSION_8_STORES, async (old) => {
      await old.table('projects').add(PROJECT)
      await old.table('domains').add(DOMAIN)
      await old.table('steps').bulkAdd(OLD_STEPS)
    })
    databases.push(upgraded)
    expect(upgraded.verno).toBe(9)
    await expectPlatformSteps(upgraded)
  })

  it('restoring a backup of version 6 adds them too', async () => {
    const target = await openTestDb()
    databases.push(target)
    const tables: Record<string, unknown[]> = Object.fromEntries(
      Object.keys(TABLE_KEYS_BY_VERSION[6] ?? {}).map((table) => [table, []])
    )
    tables.projects = [PROJECT]
    tables.domains = [DOMAIN]
    tables.steps = OLD_STEPS
    const text = await signedBackup(
      { schemaVersion: 6, appVersion: '0.2.0', createdAt: '2026-07-01T00:00:00.000Z' },
      tables
    )
    const result = await restoreBackup(target, text, '0.3.0', at('2026-12-07T09:00:00.000Z'))
    expect(result.ok).toBe(true)
    await expectPlatformSteps(target)
  })
})
