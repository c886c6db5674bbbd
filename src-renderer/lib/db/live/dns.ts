/** The DNS checks' live reads (the DNS tab; the checklist's and connectors' commands read the records too). */
import type { Observable } from 'dexie'
import type { DnsPasteRow } from '../../domain/dns/paste-rows'
import type { DnsRecordEntry } from '../../domain/dns/records'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readDnsPastes } from '../repositories/dns-pastes'
import { readDnsRecords, readDnsServer } from '../repositories/dns-records'
import { live } from './query'

/** A domain's stored DNS records: entered values, observations and verdicts. */
export function liveDnsRecords(
  domainId: string,
  database: TrackerDb = db
): Observable<DnsRecordEntry[]> {
  return live(() => readDnsRecords(database, domainId))
}

/** The pasted DNS output kept for a domain, in the order it was pasted. */
export function liveDnsPastes(
  domainId: string,
  database: TrackerDb = db
): Observable<DnsPasteRow[]> {
  return live(() => readDnsPastes(database, domainId))
}

/** The DNS server live checks ask ('' for the system's servers). */
export function liveDnsServer(database: TrackerDb = db): Observable<string> {
  return live(() => readDnsServer(database))
}
