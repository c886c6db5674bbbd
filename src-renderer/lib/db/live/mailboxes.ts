/** The mailbox page's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { EventRecord } from '../../domain/types'
import type { ImportRecord, Mailbox } from '../../domain/mailboxes/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readMailboxHistory } from '../repositories/mailboxes'
import { live } from './query'

/**
 * A cheap signal for big lists: a new object (with the row count) whenever any mailbox of the
 * project is added, changed or removed. A view of 100,000 rows re-reads them on this signal with
 * readProjectMailboxes, outside liveQuery, which would otherwise track every row it returned.
 */
export function liveMailboxChanges(
  projectId: string,
  database: TrackerDb = db
): Observable<{ count: number }> {
  return live(async () => ({
    count: await database.mailboxes
      .where('[projectId+address]')
      .between([projectId, ''], [projectId, '\uffff'])
      .count()
  }))
}

/** The project's imports, newest first. */
export function liveImports(
  projectId: string,
  limit = 20,
  database: TrackerDb = db
): Observable<ImportRecord[]> {
  return live(() =>
    database.imports
      .where('[projectId+at]')
      .between([projectId, ''], [projectId, '\uffff'])
      .reverse()
      .limit(limit)
      .toArray()
  )
}

/** The status history of one mailbox, newest first. */
export function liveMailboxHistory(
  mailbox: Pick<Mailbox, 'id' | 'projectId' | 'createdAt'>,
  database: TrackerDb = db
): Observable<EventRecord[]> {
  return live(() => readMailboxHistory(database, mailbox))
}
