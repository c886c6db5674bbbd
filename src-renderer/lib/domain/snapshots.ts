/** A project's progress on one day, kept so history survives deleted or re-imported mailboxes. */
export type ProgressSnapshot = {
  id: string
  projectId: string
  /** YYYY-MM-DD in the user's time zone. */
  day: string
  mailboxesByLifecycle: Record<string, number>
  requiredStepsDone: number
  requiredStepsTotal: number
}
