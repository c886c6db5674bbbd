import type { DomainConditions, DomainProfile, ExchangeVersion } from './types'
import { isExchange2010OrLater } from './validation'

/** The catalog's view of a domain: its own conditions plus what the project says about Exchange. */
export function domainProfile(
  conditions: DomainConditions,
  exchangeVersion: ExchangeVersion
): DomainProfile {
  return {
    ...domainConditions(conditions),
    exchange2010OrLater: isExchange2010OrLater(exchangeVersion)
  }
}

export const NO_CONDITIONS: DomainConditions = {
  sendsAsNonOwnedDomains: false,
  relaysNdrsViaCloud: false,
  autoForwardsExternally: false,
  partnerRequiresTls: false,
  thirdPartyFilterInFront: false
}

/** A stored domain's conditions with every condition present: rows written before a condition
 *  existed read it as false. */
export function domainConditions(stored: Partial<DomainConditions>): DomainConditions {
  const conditions = { ...NO_CONDITIONS }
  for (const key of Object.keys(NO_CONDITIONS) as (keyof DomainConditions)[]) {
    conditions[key] = stored[key] === true
  }
  return conditions
}
