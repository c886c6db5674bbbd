/** The checklist's proposal decisions, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as proposals from '../repositories/proposals'

export const acceptProposals = bound(proposals.acceptProposals)
export const dismissProposal = bound(proposals.dismissProposal)
