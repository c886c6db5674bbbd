/**
 * The batches an import names: a row's batch is found by name among the project's batches, or
 * planned as a new one (whose planned completion comes from the file's first dated row).
 */
import { isIsoDate } from '../validation'
import { batchKey, cleanBatchName } from './identity'
import type { ImportedMailbox } from './import'
import type { Batch } from './model'
import type { PlanContext } from './plan'

/** `YYYY-MM-DD` from an ISO date or timestamp; other date formats are not guessed. */
function isoDateOf(text: string | undefined): string {
  if (text === undefined) return ''
  const day = text.trim().slice(0, 10)
  const rest = text.trim().slice(10)
  return isIsoDate(day) && (rest === '' || /^[T ]/.test(rest)) ? day : ''
}

export class ImportBatches {
  /** The batches the import creates, in the order rows first named them. */
  readonly created: Batch[] = []
  private readonly byKey: Map<string, Batch>
  private readonly createdIds = new Set<string>()

  constructor(
    existing: readonly Batch[],
    private readonly context: PlanContext
  ) {
    this.byKey = new Map(existing.map((batch) => [batchKey(batch.name), batch]))
  }

  /** The id of the row's batch, created if new; undefined when the row names none. */
  idFor(row: ImportedMailbox): string | undefined {
    if (row.batchName === undefined) return undefined
    const name = cleanBatchName(row.batchName)
    if (name === '') return undefined
    let batch = this.byKey.get(name.toLowerCase())
    if (batch === undefined) {
      batch = {
        id: this.context.newId(),
        createdAt: this.context.now,
        updatedAt: this.context.now,
        rev: 1,
        projectId: this.context.projectId,
        name,
        plannedStart: '',
        plannedCompletion: ''
      }
      this.byKey.set(name.toLowerCase(), batch)
      this.created.push(batch)
      this.createdIds.add(batch.id)
    }
    if (this.createdIds.has(batch.id) && batch.plannedCompletion === '')
      batch.plannedCompletion = isoDateOf(row.completeBatchDate)
    return batch.id
  }
}
