import type { Page } from '@playwright/test'

export type DashboardSeedOptions = {
  /** Mailboxes to create, spread over the domains and batches. */
  mailboxes: number
  /** Days of history before today. */
  days: number
  batches: number
  /** Add domains (each with a copy of an existing checklist) up to this many. */
  domains?: number
  /** Snapshots on Saturdays and Sundays too; by default weekends are left to the activity log. */
  snapshotWeekends?: boolean
}

export type DashboardSeedResult = {
  projectId: string
  mailboxes: number
  completed: number
  events: number
  snapshots: number
  /** The first local day with a completion or a snapshot (weekends have neither by default). */
  firstDay: string
  /** Days from firstDay to today, both included: the rows of a burn-up table. */
  historyDays: number
}

export function seedDashboardData(
  page: Page,
  options: DashboardSeedOptions
): Promise<DashboardSeedResult>
