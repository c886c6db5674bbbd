/**
 * The building blocks of every DNS verdict: findings collected by weight, and the verdict made
 * from them.
 */
import type { DnsLookupError } from './resolver'
import type { ExpectedRecord } from './expected'
import { failureSummary } from './observed'
import type { DnsVerdict } from './records'

/** Collects findings by weight; the worst decides the status. */
export class Findings {
  readonly errors: string[] = []
  readonly warnings: string[] = []
  readonly unknowns: string[] = []
  readonly notes: string[] = []

  /** The verdict: the worst finding as its summary, or `okSummary` when there is none. */
  verdict(record: ExpectedRecord, okSummary: string): DnsVerdict {
    const [status, summary] =
      this.errors.length > 0
        ? (['error', this.errors[0]] as const)
        : this.unknowns.length > 0
          ? (['unknown', this.unknowns[0]] as const)
          : this.warnings.length > 0
            ? (['warning', this.warnings[0]] as const)
            : (['ok', okSummary] as const)
    const all = [...this.errors, ...this.unknowns, ...this.warnings, ...this.notes]
    const details = [...new Set(all)].filter((d) => d !== summary)
    return make(record, status, summary ?? okSummary, details)
  }
}

export function make(
  record: ExpectedRecord,
  status: DnsVerdict['status'],
  summary: string,
  details: string[] = []
): DnsVerdict {
  return record.stepId === null
    ? { status, summary, details }
    : { status, summary, details, stepId: record.stepId }
}

/** The verdict for a lookup that did not answer: 'unknown', naming the reason. */
export function notAnswered(
  record: ExpectedRecord,
  error: DnsLookupError,
  name = record.name
): DnsVerdict {
  return make(record, 'unknown', failureSummary(error, name))
}

export function list(values: readonly string[]): string {
  return values.join(', ')
}
