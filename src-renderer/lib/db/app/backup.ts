/** The repositories of backups and restores, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as backup from '../backup'

export const createBackup = bound(backup.createBackup)
export const restoreBackup = bound(backup.restoreBackup)
export const undoRestore = bound(backup.undoRestore)
