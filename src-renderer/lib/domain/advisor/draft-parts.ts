/**
 * What every action draft shares: the Draft type and the texts several drafts use (the registered
 * connectors note, the label of the EOP MX host).
 */
import { isVerified, type Facts } from './facts'
import type { RegisteredConnector, TransitionAction } from './types'

function quoteNames(connectors: readonly RegisteredConnector[]): string {
  return connectors
    .map(
      (c) =>
        `“${c.name}” (${c.type}, ${isVerified(c) ? 'verified' : `not verified: ${c.status || 'no status'}`})`
    )
    .join(', ')
}

/** A sentence naming the registered connectors with type and status; empty when there are none. */
export function registeredNote(connectors: readonly RegisteredConnector[]): string {
  if (connectors.length === 0) return ''
  return ` Registered in this project: ${quoteNames(connectors)}.`
}

/** An action before its values are filled; texts use <placeholders>. */
export type Draft = Pick<
  TransitionAction,
  'title' | 'why' | 'when' | 'change' | 'verify' | 'risk' | 'source'
>

/**
 * The EOP host as a command or record publishes it: the known host, or, where the app only has a
 * guess from the domain name, a placeholder for the host copied from the admin center (issue 11
 * item 7: a prediction is never printed as the value to publish).
 */
export function eopHostToPublish(f: Facts): string {
  return f.eopSource === 'predicted' ? '<the MX host the admin center shows>' : '<eopHost>'
}

/** Beside a published EOP host: where it comes from. */
export function publishedEopLabel(f: Facts): string {
  return f.eopSource === 'predicted'
    ? 'copy it from the admin center, Settings → Domains → <domain> → DNS records'
    : eopLabel(f)
}

/** Where the EOP MX host comes from, as a label to show beside it. */
export function eopLabel(f: Facts): string {
  if (f.eopSource === 'published') return 'as published'
  if (f.eopSource === 'entered') return 'as entered from the admin center'
  // Issue 11 item 7: a host worked out from the name is never the value to publish (new domains
  // get mx.microsoft hosts no rule computes); the label says so wherever the runbook prints it.
  const guess =
    'a guess from the domain name, not the value to publish: copy the assigned host from the admin center, Settings → Domains → <domain> → DNS records'
  return f.eopConfident ? guess : `${guess}; domains with hyphens usually get a different host`
}
