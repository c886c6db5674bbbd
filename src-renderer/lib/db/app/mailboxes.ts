/** The repositories of mailboxes, batches and their imports, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as batches from '../repositories/batches'
import * as mailboxImports from '../repositories/mailbox-imports'
import * as mailboxes from '../repositories/mailboxes'

export const createBatch = bound(batches.createBatch)
export const updateBatch = bound(batches.updateBatch)
export const deleteBatch = bound(batches.deleteBatch)
export const readMapping = bound(mailboxImports.readMapping)
export const saveMapping = bound(mailboxImports.saveMapping)
export const updateMailbox = bound(mailboxes.updateMailbox)
export const bulkChangeMailboxes = bound(mailboxes.bulkChangeMailboxes)
export const undoBulkChange = bound(mailboxes.undoBulkChange)
export const readProjectMailboxes = bound(mailboxes.readProjectMailboxes)
