/**
 * Reads what buildReport (lib/domain/report) needs, for the whole project or one domain, with the
 * dashboard's readers (dashboard-inputs.ts): mailbox counts are index counts, the activity log is
 * folded as it is walked, and batch progress comes from index counts or primary keys, so a project
 * of 100,000 mailboxes never has its rows loaded. Only the failed mailboxes are read as rows, at
 * most FAILED_MAILBOX_CAP of them. Read-only.
 */
import { batchCounts, type BatchProgress } from '../domain/dashboard'
import { emptyTally } from '../domain/mailboxes/batches'
import { LIFECYCLES, type MailboxLifecycle } from '../domain/mailboxes/lifecycle'
import type { Mailbox } from '../domain/mailboxes/model'
import { FAILED_MAILBOX_CAP } from '../domain/report'
import type { ReportInputs, ReportMailboxRow, ReportScope } from '../domain/report'
import { readBatchForecastInputs, readBatchProgress } from './batch-inputs'
import { readDomainHistory, readProjectHistory, type DomainHistoryInputs } from './dashboard-inputs'
import { readProjectRuns } from './repositories/cutover-run-reads'
import { readProjectRouteTests } from './repositories/route-tests'
import { readConnectors } from './repositories/connectors'
import { readDnsRecords, readProjectDnsRecords } from './repositories/dns-records'
import { readProjectMailboxes } from './repositories/mailboxes'
import type { TrackerDb } from './schema'
import { NotFoundError } from './write-context'
import { PROJECT_SCOPE } from '../domain/report/notes'
import { readPreviousReport, readReportNotes } from './repositories/report-notes'

function reportRow(mailbox: Mailbox): ReportMailboxRow {
  return {
    id: mailbox.id,
    address: mailbox.address,
    displayName: mailbox.displayName,
    domainId: mailbox.domainId,
    batchId: mailbox.batchId,
    rawStatus: mailbox.rawStatus,
    statusDetail: mailbox.statusDetail,
    owner: mailbox.owner
  }
}

/**
 * Per batch, the domain's mailboxes and the completed ones, from primary keys alone: the domain's
 * keys per lifecycle ([projectId+domainId+lifecycle]) against each batch's keys
 * ([projectId+batchId]); no index counts domain and batch at once. Batches without a mailbox of
 * the domain are left out.
 */
async function readDomainBatchProgress(
  db: TrackerDb,
  projectId: string,
  domainId: string
): Promise<BatchProgress[]> {
  return db.transaction('r', [db.batches, db.mailboxes], async () => {
    const batches = await db.batches.where('projectId').equals(projectId).toArray()
    if (batches.length === 0) return []
    const [byLifecycle, members] = await Promise.all([
      Promise.all(
        LIFECYCLES.map((lifecycle) =>
          db.mailboxes
            .where('[projectId+domainId+lifecycle]')
            .equals([projectId, domainId, lifecycle])
            .primaryKeys()
        )
      ),
      Promise.all(
        batches.map((batch) =>
          db.mailboxes.where('[projectId+batchId]').equals([projectId, batch.id]).primaryKeys()
        )
      )
    ])
    const lifecycleOf = new Map<string, MailboxLifecycle>()
    LIFECYCLES.forEach((lifecycle, index) => {
      for (const id of byLifecycle[index] ?? []) lifecycleOf.set(id, lifecycle)
    })
    const progress = batches.map((batch, index) => {
      const tally = emptyTally()
      for (const id of members[index] ?? []) {
        const lifecycle = lifecycleOf.get(id)
        if (lifecycle !== undefined) tally[lifecycle] += 1
      }
      return batchCounts(batch, tally)
    })
    return progress.filter((batch) => batch.total > 0)
  })
}

/** At most `cap` failed mailboxes of the scope, read along the lifecycle index. */
async function readFailedMailboxes(
  db: TrackerDb,
  projectId: string,
  scope: ReportScope,
  cap: number
): Promise<ReportMailboxRow[]> {
  const rows =
    scope.kind === 'project'
      ? db.mailboxes.where('[projectId+lifecycle]').equals([projectId, 'failed'])
      : db.mailboxes
          .where('[projectId+domainId+lifecycle]')
          .equals([projectId, scope.domainId, 'failed'])
  return (await rows.limit(cap).toArray()).map(reportRow)
}

/**
 * Everything buildReport needs for `scope` on `today` (the local day, as the dashboard uses).
 * Throws NotFoundError when the project, or the scope's domain in it, does not exist. The parts are
 * read one after another with the dashboard's readers, each in its own read transaction.
 */
export async function readReportInputs(
  db: TrackerDb,
  projectId: string,
  scope: ReportScope,
  today: string,
  failedCap = FAILED_MAILBOX_CAP
): Promise<ReportInputs> {
  const [project, domains] = await db.transaction('r', [db.projects, db.domains], () =>
    Promise.all([
      db.projects.get(projectId),
      db.domains.where('projectId').equals(projectId).toArray()
    ])
  )
  if (!project) throw new NotFoundError('This project')
  if (scope.kind === 'domain' && !domains.some((domain) => domain.id === scope.domainId))
    throw new NotFoundError('This domain')
  const connectors = await readConnectors(db, projectId)
  const routeTests = await readProjectRouteTests(db, projectId)
  const runs = await readProjectRuns(db, projectId)
  const failedRows = await readFailedMailboxes(db, projectId, scope, failedCap)
  const notes = await readReportNotes(db, projectId)
  const previous = await readPreviousReport(
    db,
    projectId,
    scope.kind === 'project' ? PROJECT_SCOPE : scope.domainId
  )

  const shared = { scope, project, domains, connectors, notes, previous }
  // The counts and histories both scopes read alike, and the failed mailboxes counted from them.
  const fromHistory = (history: DomainHistoryInputs) => ({
    mailboxCounts: history.counts,
    mailboxHistory: history.mailboxHistory,
    stepHistory: history.stepHistory,
    failedMailboxes: { rows: failedRows, total: history.counts.failed, cap: failedCap }
  })

  if (scope.kind === 'project') {
    const history = await readProjectHistory(db, projectId, today)
    return {
      ...shared,
      ...fromHistory(history),
      steps: history.steps,
      dnsRecords: await readProjectDnsRecords(db, projectId),
      batches: await readBatchProgress(db, projectId),
      batchForecasts: await readBatchForecastInputs(db, projectId, today),
      routeTests,
      runs
    }
  }

  const { domainId } = scope
  const history = await readDomainHistory(db, projectId, domainId, today)
  return {
    ...shared,
    ...fromHistory(history),
    steps: await db.steps.where('domainId').equals(domainId).toArray(),
    dnsRecords: await readDnsRecords(db, domainId),
    batches: await readDomainBatchProgress(db, projectId, domainId),
    batchForecasts: [],
    routeTests: routeTests.filter((row) => row.domainId === domainId),
    runs: runs.filter((run) => run.domainId === domainId)
  }
}

/**
 * The mailboxes of the scope as rows, sorted by address, for the report's mailbox CSV
 * (reportMailboxesCsv): the project's through readProjectMailboxes' paged read, a domain's along
 * [projectId+domainId+lifecycle].
 */
export async function readScopeMailboxes(
  db: TrackerDb,
  projectId: string,
  scope: ReportScope
): Promise<Mailbox[]> {
  if (scope.kind === 'project') return readProjectMailboxes(db, projectId)
  const parts = await db.transaction('r', db.mailboxes, () =>
    Promise.all(
      LIFECYCLES.map((lifecycle) =>
        db.mailboxes
          .where('[projectId+domainId+lifecycle]')
          .equals([projectId, scope.domainId, lifecycle])
          .toArray()
      )
    )
  )
  return parts.flat().sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
}
