/**
 * Rows as released schema versions stored them, for the tests that open or restore that data. The
 * fields are written out rather than built from today's types and constants: a released version's
 * rows never change when the app's do.
 */
import { checksumOf } from '../../src-renderer/lib/db/backup'
import { backupText, tablesJson } from '../../src-renderer/lib/domain/backup'

/** A domain's conditions, all off, as stored before the third-party filter condition existed. */
export const CONDITIONS_BEFORE_FILTER: Readonly<Record<string, boolean>> = {
  sendsAsNonOwnedDomains: false,
  relaysNdrsViaCloud: false,
  autoForwardsExternally: false,
  partnerRequiresTls: false
}

/** The same with the third-party filter condition (off), as the later versions store it. */
export const CONDITIONS_WITH_FILTER: Readonly<Record<string, boolean>> = {
  ...CONDITIONS_BEFORE_FILTER,
  thirdPartyFilterInFront: false
}

/** What differs between the released checklists the upgrade tests start from. */
export type ReleasedChecklist = {
  /** When every row was created and last updated. */
  readonly at: string
  readonly exchangeVersion: string
  readonly domain: {
    readonly name: string
    readonly scenario: number
    readonly conditions: Readonly<Record<string, boolean>>
  }
  /** The step ids the catalog of that version gave the domain. */
  readonly steps: readonly string[]
  readonly order: (stepId: string, index: number) => number
  readonly requirement: (stepId: string) => string
  readonly reason: string
  /** The one step that is done, with its owner, notes and completion time. */
  readonly done: {
    readonly stepId: string
    readonly owner: string
    readonly notes: string
    readonly completedAt: string
  }
}

/** Project `p1` (Contoso), its domain `d1` and the domain's steps (`s-<stepId>`) as once stored. */
export function releasedChecklist(checklist: ReleasedChecklist): {
  project: Record<string, unknown>
  domain: Record<string, unknown>
  steps: Record<string, unknown>[]
} {
  const meta = { createdAt: checklist.at, updatedAt: checklist.at, rev: 1 }
  const { done } = checklist
  return {
    project: {
      ...meta,
      id: 'p1',
      name: 'Contoso',
      tenantName: 'contoso.onmicrosoft.com',
      onPremIps: ['131.107.21.231'],
      onPremHost: 'mail.contoso.com',
      thirdPartySenders: [],
      exchangeVersion: checklist.exchangeVersion
    },
    domain: { ...meta, id: 'd1', projectId: 'p1', ...checklist.domain },
    steps: checklist.steps.map((stepId, index) => {
      const isDone = stepId === done.stepId
      return {
        ...meta,
        id: `s-${stepId}`,
        projectId: 'p1',
        domainId: 'd1',
        stepId,
        order: checklist.order(stepId, index),
        requirement: checklist.requirement(stepId),
        reason: checklist.reason,
        status: isDone ? 'done' : 'todo',
        statusReason: '',
        owner: isDone ? done.owner : '',
        dueDate: '',
        notes: isDone ? done.notes : '',
        evidence: '',
        completedAt: isDone ? done.completedAt : null,
        retired: false
      }
    })
  }
}

/** A backup file of an earlier version: `tables` with a checksum that matches them. */
export async function signedBackup(
  header: { schemaVersion: number; appVersion: string; createdAt: string },
  tables: Record<string, unknown[]>
): Promise<string> {
  const serialised = tablesJson(tables as Parameters<typeof tablesJson>[0])
  return backupText({ ...header, checksum: await checksumOf(serialised) }, serialised)
}
