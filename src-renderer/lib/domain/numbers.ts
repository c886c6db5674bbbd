/**
 * Counts in the app's own messages and reports: the same text on every computer (no locale API),
 * so messages can be tested and a saved report reads the same wherever it is opened.
 */

/** A count with thousands separators, rounded: 1250 → "1,250", 1048576 → "1,048,576". */
export function formatCount(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
