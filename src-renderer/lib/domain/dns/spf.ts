/**
 * SPF (RFC 7208): record syntax, check_host() evaluation, the migration verdicts built on it, and
 * composing a record for a hybrid domain. The implementation lives in the spf-*.ts modules.
 */
export type {
  SpfMechanism,
  SpfMechanismName,
  SpfModifier,
  SpfParseResult,
  SpfQualifier,
  SpfSyntaxError,
  SpfTerm
} from './spf-parse'
export { isSpfRecord, parseSpf } from './spf-parse'
export type * from './spf-check-types'
export { LOOKUP_LIMIT, VOID_LOOKUP_LIMIT } from './spf-check-types'
export { checkHost, spfIdentity } from './spf-check'
export type { SpfAssessment, SpfEnding, SpfIpVerdict, SpfRecordNode } from './spf-assess'
export { assessSpf, MICROSOFT_365_SPF } from './spf-assess'
export type { ComposedSpf } from './spf-compose'
export { composeSpf, splitTxtStrings, TXT_STRING_LIMIT } from './spf-compose'
