/** The repositories of DNS checks and pasted DNS output, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as dnsPastes from '../repositories/dns-pastes'
import * as dnsRecords from '../repositories/dns-records'

export const keepDnsPastes = bound(dnsPastes.keepDnsPastes)
export const removeDnsPaste = bound(dnsPastes.removeDnsPaste)
export const saveEnteredRecords = bound(dnsRecords.saveEnteredRecords)
export const saveDnsServer = bound(dnsRecords.saveDnsServer)
export const saveDnsCheck = bound(dnsRecords.saveDnsCheck)
