import type { TransitionContext } from '../../../src-renderer/lib/domain/advisor'

/** The Contoso project as the advisor reads it: Exchange 2016, the worldwide cloud, no relays. */
export const ADVISOR_PROJECT: NonNullable<TransitionContext['project']> = {
  tenantName: 'contoso.onmicrosoft.com',
  onPremHost: 'mail.contoso.com',
  onPremIps: ['131.107.21.231'],
  thirdPartySenders: [],
  exchangeVersion: '2016',
  cloud: 'worldwide'
}
