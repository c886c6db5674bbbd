/** Display words for DNS records and verdicts. */
import type { ExpectedRecord } from '../../domain/dns/expected'
import type { PastedRecordType } from '../../domain/dns/observed'
import type { DnsVerdictStatus } from '../../domain/dns/records'
import { dnsRecordTitle } from '../../domain/labels'

export { DNS_VERDICT_LABELS as VERDICT_LABELS } from '../../domain/labels'

/** A record's title: its purpose, telling the DKIM selectors apart. */
export function recordTitle(record: Pick<ExpectedRecord, 'kind' | 'name'>): string {
  return dnsRecordTitle(record.kind, record.name)
}

export const VERDICT_TONES = {
  ok: 'ok',
  warning: 'warn',
  error: 'danger',
  unknown: 'neutral'
} as const satisfies Record<DnsVerdictStatus, string>

/**
 * The commands that print a record, for hints: "nslookup -type=mx contoso.com, dig mx contoso.com
 * or Resolve-DnsName contoso.com -Type MX".
 */
export function lookupCommands(name: string, type: PastedRecordType | 'address'): string {
  if (type === 'address') return `nslookup ${name}, dig ${name} or Resolve-DnsName ${name}`
  return `nslookup -type=${type} ${name}, dig ${type} ${name} or Resolve-DnsName ${name} -Type ${type.toUpperCase()}`
}
