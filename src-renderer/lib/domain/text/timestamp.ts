/** "2026-03-01T09:00:00.000Z" → "2026-03-01 09:00 UTC"; anything else unchanged. */
export function formatTimestamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  return match ? `${match[1]} ${match[2]} UTC` : iso
}
