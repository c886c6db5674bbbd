import { commandValues, type CommandSource } from '../../domain/commands/fill'
import type { DnsRecordEntry } from '../../domain/dns/records'
import { enteredFromRecords } from '../../domain/dns/stored'

/**
 * The values a domain's commands are filled with: the project's and the domain's, and the MX host
 * entered on its DNS tab. The checklist and the Connectors page both fill from here, so both show
 * the same command for the same step.
 */
export function domainCommandValues(
  project: CommandSource['project'],
  domainName: string,
  records: readonly Pick<DnsRecordEntry, 'kind' | 'name' | 'expected'>[] | undefined
): Record<string, string> {
  return commandValues({
    project,
    domainName,
    enteredMx: enteredFromRecords(records ?? [], domainName).mx ?? ''
  })
}
