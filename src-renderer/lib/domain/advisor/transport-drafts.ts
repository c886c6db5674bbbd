/**
 * The drafts of the transport actions: how on-premises sends internet mail, centralized mail
 * transport, and the end-to-end check of mail flow. Sources are cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { enableCmtDraft, disableCmtDraft } from './cmt-drafts'
import { type Draft } from './draft-parts'
import { acceptEopDraft } from './cutover-drafts'
import {
  relayViaCloudDraft,
  sendConnectorCheckDraft,
  sendDirectDraft
} from './send-connector-drafts'
import type { Facts } from './facts'
import type { Transition } from './transition'
import type { TransitionActionId } from './types'

/** The actions on mail routing and its verification. */
export type TransportActionId = Extract<
  TransitionActionId,
  | 'onprem-relay-via-cloud'
  | 'check-onprem-send-connector'
  | 'onprem-send-direct'
  | 'enable-cmt'
  | 'disable-cmt'
  | 'accept-mail-from-eop'
  | 'verify-mail-flow'
>

function verifyMailFlowDraft(t: Transition): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Verify mail flow end to end',
    why:
      `Every path of ${target} (see its diagram) must work in both directions, for cloud and ` +
      'on-premises mailboxes, before the change counts as done. Record the results in the ' +
      'checklist step “Prove mail flow by the scenario’s route”.',
    when: `Right after the last change, and again the next day`,
    change: {
      kind: 'manual',
      text:
        '1. From an external mailbox, send to a cloud mailbox and to an on-premises mailbox at <domain>.\n' +
        '2. Reply from each to the external mailbox.\n' +
        '3. Send between a cloud and an on-premises mailbox (cloud mailboxes are reached at ' +
        '<tenant><routingSuffix>).\n' +
        `4. Read the Received headers: each message took the path of ${target}.`
    },
    verify:
      'Exchange admin center → Mail flow → Message trace\n' +
      "Get-MessageTraceV2 -RecipientAddress '<testRecipient>' -StartDate (Get-Date).AddHours(-2) " +
      '-EndDate (Get-Date) | Format-Table Received,SenderAddress,RecipientAddress,Status',
    risk: 'A broken path may show in one direction or for one mailbox location only.',
    // Internal note: reference page, the diagram of each scenario; domain-brief 1.6.
    source: PUBLIC_SOURCES.testMailFlow
  }
}

const DRAFTS: Readonly<Record<TransportActionId, (t: Transition, f: Facts) => Draft>> = {
  'check-onprem-send-connector': sendConnectorCheckDraft,
  'onprem-relay-via-cloud': relayViaCloudDraft,
  'onprem-send-direct': sendDirectDraft,
  'enable-cmt': enableCmtDraft,
  'disable-cmt': disableCmtDraft,
  'accept-mail-from-eop': acceptEopDraft,
  'verify-mail-flow': verifyMailFlowDraft
}

/** The draft of one of the actions on mail routing and its verification. */
export function transportDraftFor(id: TransportActionId, t: Transition, f: Facts): Draft {
  return DRAFTS[id](t, f)
}
