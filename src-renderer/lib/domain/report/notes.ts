/**
 * What the lead adds to the status report and what each export leaves behind: per scope (the
 * project or one domain) a commentary, a target date (the milestone) and an optional override of
 * the computed status with its reason; and per export the facts the next report compares with.
 */
import type { LifecycleCounts } from '../dashboard'

export type RagStatus = 'green' | 'amber' | 'red'

export const RAG_LABELS: Readonly<Record<RagStatus, string>> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red'
}

/** 'project' or a domain id: the key of a report's notes and stored exports. */
export type ScopeKey = string

export const PROJECT_SCOPE: ScopeKey = 'project'

export type StatusOverride = { status: RagStatus; reason: string }

/** The lead's notes for one scope. */
export type ReportNotes = {
  id: string
  projectId: string
  scope: ScopeKey
  commentary: string
  /** ISO date (YYYY-MM-DD) the scope should be finished by, or ''. */
  targetDate: string
  override: StatusOverride | null
  createdAt: string
  updatedAt: string
  rev: number
}

/** A step as an export recorded it: enough to say later what changed. */
export type StepFact = { id: string; title: string; domainName: string; status: string }

/** What an export recorded of its report, for the next report's "changes since". */
export type ReportFacts = {
  /** Every active step in scope with its status. */
  steps: StepFact[]
  mailboxCounts: LifecycleCounts
  mailboxesDone: number
}

/** One export of a report: when, by whom, in which format, and its facts. */
export type StoredReport = {
  id: string
  projectId: string
  scope: ScopeKey
  createdAt: string
  actor: string
  format: string
  title: string
  facts: ReportFacts
}
