import { expect } from 'vitest'

/**
 * Waits for `condition` to hold (a live query's next result, say): it polls, never sleeps a fixed
 * time, and fails after a budget that holds on a machine busy with other test suites (the
 * database tests' own budget is 20 s; 100 polls of 10 ms did not hold).
 */
export async function waitFor(condition: () => boolean): Promise<void> {
  await expect.poll(condition, { timeout: 10_000, interval: 10 }).toBe(true)
}
