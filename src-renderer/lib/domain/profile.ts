import type { DomainConditions, DomainProfile, ExchangeVersion } from './types'
import { isExchange2010OrLater } from './validation'

/** The catalog's view of a domain: its own conditions plus what the project says about Exchange. */
export function domainProfile(
  conditions: DomainConditions,
  exchangeVersion: ExchangeVersion
): DomainProfile {
  return { ...conditions, exchange2010OrLater: isExchange2010OrLater(exchangeVersion) }
}

export const NO_CONDITIONS: DomainConditions = {
  sendsAsNonOwnedDomains: false,
  relaysNdrsViaCloud: false,
  autoForwardsExternally: false,
  partnerRequiresTls: false
}
