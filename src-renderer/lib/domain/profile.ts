import { cloudNames, type MicrosoftCloud } from './cloud'
import type {
  Domain,
  DomainConditions,
  DomainProfile,
  ExchangeVersion,
  Project,
  Scenario2Outbound
} from './types'
import { isExchange2010OrLater } from './validation'

/** The catalog's view of a domain: its own conditions plus what the project says about Exchange,
 *  and scenario 2's outbound path where the domain records it. */
export function domainProfile(
  conditions: Partial<DomainConditions>,
  exchangeVersion: ExchangeVersion,
  cloud: MicrosoftCloud = 'worldwide',
  scenario2Outbound?: Scenario2Outbound
): DomainProfile {
  return {
    ...domainConditions(conditions),
    exchange2010OrLater: isExchange2010OrLater(exchangeVersion),
    cloud,
    ...(scenario2Outbound === undefined ? {} : { scenario2Outbound })
  }
}

/** The catalog's view of a stored domain of a project (absent cloud: worldwide). */
export function domainProfileOf(
  domain: Pick<Domain, 'conditions' | 'scenario2Outbound'>,
  project: Pick<Project, 'exchangeVersion' | 'cloud'>
): DomainProfile {
  return domainProfile(
    domain.conditions,
    project.exchangeVersion,
    cloudNames(project).cloud,
    domain.scenario2Outbound
  )
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
