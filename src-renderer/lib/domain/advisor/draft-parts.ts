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
