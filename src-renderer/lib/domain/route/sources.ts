/** The public pages route tests rest on; every expected path and finding cites one of these. */
import type { RouteSource } from './types'

export const SOURCES = {
  reference: {
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations',
    title: 'Manage mail flow with mailboxes in multiple locations'
  },
  transportRouting: {
    url: 'https://learn.microsoft.com/en-us/exchange/transport-routing',
    title: 'Transport routing in Exchange hybrid deployments'
  },
  transportOptions: {
    url: 'https://learn.microsoft.com/en-us/exchange/transport-options',
    title: 'Transport options in Exchange hybrid deployments'
  },
  enhancedFiltering: {
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors',
    title: 'Enhanced Filtering for Connectors in Exchange Online'
  },
  thirdPartyFilter: {
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-using-third-party-cloud',
    title: 'Manage mail flow using a third-party cloud service with Exchange Online'
  },
  messageHeaders: {
    url: 'https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo',
    title: 'Anti-spam message headers in Microsoft 365'
  },
  relayRequirements: {
    url: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp',
    title: 'Relay Access Denied (550 5.7.64) when sending through Exchange Online'
  },
  relayPool: {
    url: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-high-risk-delivery-pool-about',
    title: 'Outbound delivery pools (the relay pool)'
  },
  demystifying: {
    url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/demystifying-and-troubleshooting-hybrid-mail-flow-when-is-a/ba-p/1420838',
    title: 'Demystifying hybrid mail flow: when is a message internal? (Exchange Team blog)'
  },
  forwardingBypassesCmt: {
    url: 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/799',
    title:
      'Microsoft’s documentation issue: mailbox forwarding is not routed through centralized mail transport'
  },
  messageTrace: {
    url: 'https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/new-message-trace',
    title: 'Message trace in the Exchange admin center'
  }
} as const satisfies Record<string, RouteSource>
