/**
 * How long the end-to-end tests give things, in one place. Tests wait for states (a locator's
 * `expect`, `expect.poll`), never for times; these are the budgets those waits fail after.
 *
 * They are set to hold on a busy machine: the suite beside two CPU-bound loops on two cores, where
 * an axe-core check of a long page takes several seconds and 30 s per test did not hold. On a
 * machine busier still, E2E_SLOWDOWN (a factor, default 1) stretches every budget alike, so the
 * tests still fail on a state that never comes, only later.
 */
const slowdown = Number(process.env.E2E_SLOWDOWN ?? '1')
if (!(slowdown >= 1))
  throw new Error(`E2E_SLOWDOWN must be a number of at least 1, not “${process.env.E2E_SLOWDOWN}”.`)

/** `ms` stretched by E2E_SLOWDOWN: use for every explicit timeout in a spec. */
export function budget(ms: number): number {
  return Math.round(ms * slowdown)
}

/** A test's own work (the waits below come on top of it). */
export const TEST_BUDGET = budget(45_000)

/** One `expect` of a state on the page. */
export const EXPECT_BUDGET = budget(10_000)

/** What one axe-core check adds to the test's budget: it reads every node of the page. */
export const AXE_CHECK_BUDGET = budget(20_000)
